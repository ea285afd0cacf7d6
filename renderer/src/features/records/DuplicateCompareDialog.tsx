import { useEffect, useState } from 'react';
import type { DuplicatePage, MethodOutput } from '../../../../shared/ipc';
import { call } from '../../api';
import { ErrorBanner, ModalDialog, useLatestReply } from '../../components';
import { errorMessage } from '../../../../shared/errorMessage';
import { formatShortDate } from './filterEncounters';

type PageRef = { documentId: string; page: number };
type Comparison = MethodOutput<'duplicates.compare'>;

interface Props {
  left: PageRef;
  right: PageRef;
  /** The other pages of the group, to compare with in turn. */
  others: readonly DuplicatePage[];
  onPick: (ref: PageRef) => void;
  onOpen: (ref: PageRef) => void;
  onClose: () => void;
  onRegrouped: () => void;
}

/** A page and one of its duplicates side by side, the lines that differ highlighted; the pair can be marked distinct. */
export function DuplicateCompareDialog({ left, right, others, onPick, onOpen, onClose, onRegrouped }: Props) {
  const [data, setData] = useState<Comparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reply = useLatestReply();
  const { documentId: leftDoc, page: leftPage } = left;
  const { documentId: rightDoc, page: rightPage } = right;
  useEffect(() => {
    setData(null);
    void reply.track(
      call('duplicates.compare', {
        left: { documentId: leftDoc, page: leftPage },
        right: { documentId: rightDoc, page: rightPage },
      }),
      setData,
      (e) => setError(errorMessage(e)),
    );
    return reply.drop;
  }, [leftDoc, leftPage, rightDoc, rightPage, reply]);
  const differing = data?.rows.filter((r) => r.kind !== 'same').length ?? 0;
  const markDistinct = () =>
    call('duplicates.markDistinct', { left, right, distinct: true })
      .then(onRegrouped)
      .catch((e: unknown) => setError(errorMessage(e)));
  const heading = (p: Comparison['left']) => (
    <>
      <strong>{p.documentTitle}</strong> · p. {p.page}
      {p.serviceDate && <span className="muted"> · {formatShortDate(p.serviceDate)}</span>}
    </>
  );
  return (
    <ModalDialog
      title="Duplicate pages side by side"
      titleId="duplicate-compare-title"
      className="duplicate-compare"
      onClose={onClose}
      bodyLabel="The two pages, line by line"
      footer={
        <>
          {others.length > 1 && (
            <label className="small">
              Compare with{' '}
              <select
                value={`${right.documentId}:${right.page}`}
                onChange={(e) => {
                  const pick = others.find((o) => `${o.documentId}:${o.page}` === e.target.value);
                  if (pick) onPick({ documentId: pick.documentId, page: pick.page });
                }}
              >
                {others.map((o) => (
                  <option key={`${o.documentId}:${o.page}`} value={`${o.documentId}:${o.page}`}>
                    {o.documentTitle} p. {o.page}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button type="button" onClick={() => void markDistinct()}>
            Not duplicates
          </button>
          <button type="button" onClick={() => onOpen(right)}>
            Open the other page
          </button>
          <button type="button" className="primary-button" onClick={onClose}>
            Close
          </button>
        </>
      }
    >
      {error && <ErrorBanner message={error} />}
      {!data ? (
        <div className="loading">Comparing…</div>
      ) : (
        <>
          <p className="small muted compare-summary" role="status">
            {data.similarity === null ? 'Not compared by the analysis' : `${Math.round(data.similarity * 100)}% alike`}{' '}
            · {differing === 0 ? 'no line differs' : `${differing} line${differing === 1 ? '' : 's'} differ`}{' '}
            (highlighted)
          </p>
          <table className="compare-table">
            <thead>
              <tr>
                <th scope="col">{heading(data.left)}</th>
                <th scope="col">{heading(data.right)}</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row, i) => (
                <tr key={i} className={`compare-${row.kind}`}>
                  <td>{row.left ?? ''}</td>
                  <td>{row.right ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </ModalDialog>
  );
}

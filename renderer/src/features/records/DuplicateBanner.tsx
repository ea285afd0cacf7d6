import { useEffect, useState } from 'react';
import type { DuplicateGroupView } from '../../../../shared/ipc';
import { call } from '../../api';
import { useLatestReply } from '../../components';
import { DuplicateCompareDialog } from './DuplicateCompareDialog';
import { formatShortDate } from './filterEncounters';

interface Props {
  documentId: string;
  page: number;
  onOpen: (documentId: string, page: number) => void;
}

/**
 * Over the viewer when the page on screen belongs to a duplicate group: where its other copies are, how alike, a
 * side-by-side comparison, and a way to say they are not duplicates. Nothing is hidden or removed.
 */
export function DuplicateBanner({ documentId, page, onOpen }: Props) {
  const [group, setGroup] = useState<DuplicateGroupView | null>(null);
  const [comparing, setComparing] = useState<{ documentId: string; page: number } | null>(null);
  const [version, setVersion] = useState(0);
  const reply = useLatestReply();
  useEffect(() => {
    const timer = setTimeout(
      () =>
        void reply.track(
          call('duplicates.forPage', { documentId, page }),
          (r) => setGroup(r.group),
          () => setGroup(null),
        ),
      150,
    );
    return () => {
      clearTimeout(timer);
      reply.drop();
    };
  }, [documentId, page, reply, version]);
  if (!group) return null;
  const self = group.members.find((m) => m.documentId === documentId && m.page === page);
  const others = group.members.filter((m) => m !== self);
  if (!self || others.length === 0) return null;
  const isPrincipal = self === group.principal;
  const first = others[0];
  return (
    <div className="duplicate-banner" role="note" aria-label="Duplicate pages">
      <span>
        {isPrincipal
          ? `Page ${page} has ${others.length} duplicate${others.length === 1 ? '' : 's'}: `
          : `Page ${page} is a ${Math.round(self.similarity * 100)}% duplicate of `}
        {others.map((m, i) => (
          <span key={`${m.documentId}:${m.page}`}>
            {i > 0 && ', '}
            <button type="button" className="link-button" onClick={() => onOpen(m.documentId, m.page)}>
              {m.documentTitle} p. {m.page}
            </button>
            {isPrincipal && <span className="muted"> ({Math.round(m.similarity * 100)}%)</span>}
          </span>
        ))}
        {self.serviceDate && <span className="muted"> · {formatShortDate(self.serviceDate)}</span>}
      </span>
      {first && (
        <button type="button" onClick={() => setComparing({ documentId: first.documentId, page: first.page })}>
          Compare side by side
        </button>
      )}
      {comparing && (
        <DuplicateCompareDialog
          left={{ documentId, page }}
          right={comparing}
          others={others}
          onPick={setComparing}
          onOpen={(ref) => {
            setComparing(null);
            onOpen(ref.documentId, ref.page);
          }}
          onClose={() => setComparing(null)}
          onRegrouped={() => {
            setComparing(null);
            setVersion((v) => v + 1);
          }}
        />
      )}
    </div>
  );
}

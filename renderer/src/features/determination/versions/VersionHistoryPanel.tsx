import { useCallback, useEffect, useState } from 'react';
import type { DisputedItem } from '../../../../../shared/domain';
import type { VersionDetail, VersionHead } from '../../../../../shared/ipc';
import { call } from '../../../api';
import { useLatestReply } from '../../../components';
import { describeVersion } from './describeVersion';
import { VersionPreview } from './VersionPreview';
import { errorMessage } from '../../../../../shared/errorMessage';

interface Props {
  caseId: string;
  items: DisputedItem[];
  /** Writes pending autosaves (so they end up in the version kept first). */
  flush: () => Promise<void>;
  /** Runs the restore with autosave held off, so no queued edit lands on top of the restored text. */
  guardRestore: <T>(restore: () => Promise<T>) => Promise<T>;
  onRestored: () => void;
  onClose: () => void;
}

/** The draft's snapshots: preview one, restore it (the current draft is kept as a version first), or keep one now. */
export function VersionHistoryPanel({ caseId, items, flush, guardRestore, onRestored, onClose }: Props) {
  const [versions, setVersions] = useState<VersionHead[] | null>(null);
  const [selected, setSelected] = useState<VersionDetail | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const list = useLatestReply();
  const detail = useLatestReply();

  const refresh = useCallback(() => {
    void list.track(call('versions.list', { caseId }), setVersions, (e) => setStatus(errorMessage(e)));
  }, [caseId, list]);
  useEffect(() => {
    refresh();
    return list.drop;
  }, [refresh, list]);

  // Clicking through versions quickly: the one clicked last is the one shown.
  const preview = (id: number) => {
    setConfirming(false);
    void detail.track(call('versions.get', { versionId: id }), setSelected, (e) => setStatus(errorMessage(e)));
  };
  const keepNow = async () => {
    try {
      await flush();
      await call('versions.snapshot', { caseId });
      setStatus('The current draft was kept as a version.');
      refresh();
    } catch (e) {
      setStatus(errorMessage(e));
    }
  };
  const restore = async () => {
    if (!selected) return;
    try {
      const versionId = selected.id;
      const receipt = await guardRestore(() => call('versions.restore', { caseId, versionId }));
      setStatus(
        `Version ${selected.id} restored. The draft it replaced is kept as version ${receipt.backupVersionId}.`,
      );
      setConfirming(false);
      detail.drop();
      setSelected(null);
      refresh();
      onRestored();
    } catch (e) {
      setStatus(errorMessage(e));
    }
  };

  return (
    <section className="version-history" aria-labelledby="version-history-title">
      <div className="dialog-heading">
        <h3 id="version-history-title">Version history</h3>
        <button type="button" className="tool-button" onClick={() => void keepNow()}>
          Keep a version now
        </button>
        <button type="button" className="tool-button" onClick={onClose} aria-label="Close version history">
          ✕
        </button>
      </div>
      {status && (
        <p className="version-status" role="status">
          {status}
        </p>
      )}
      <div className="version-columns">
        <ul className="version-list" aria-label="Versions, newest first">
          {versions?.length === 0 && (
            <li className="muted">No versions yet: one is kept when you start editing and every few minutes after.</li>
          )}
          {versions?.map((v) => {
            const { when, what } = describeVersion(v);
            return (
              <li key={v.id}>
                <button
                  type="button"
                  className={`version-button${selected?.id === v.id ? ' active' : ''}`}
                  aria-current={selected?.id === v.id}
                  onClick={() => preview(v.id)}
                >
                  <span className="version-when">{when}</span>
                  <span className="version-what">{what}</span>
                  <span className="muted small">version {v.id}</span>
                </button>
              </li>
            );
          })}
        </ul>
        {selected && (
          <div className="version-detail">
            <VersionPreview version={selected} items={items} />
            {!selected.restorable && <p className="muted">This version is damaged and cannot be restored.</p>}
            {selected.restorable && !confirming && (
              <button type="button" className="primary-button" onClick={() => setConfirming(true)}>
                Restore this version…
              </button>
            )}
            {confirming && (
              <div className="confirm-restore" role="group" aria-label="Confirm restore">
                <span>
                  Replace the current draft with version {selected.id}? The current draft is kept as a version first.
                </span>
                <button type="button" className="primary-button" onClick={() => void restore()}>
                  Restore
                </button>
                <button type="button" className="tool-button" onClick={() => setConfirming(false)}>
                  Cancel
                </button>
              </div>
            )}
          </div>
        )}
      </div>
    </section>
  );
}

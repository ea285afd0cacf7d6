import { useCallback, useEffect, useState } from 'react';
import type { ArchiveOutcome, ArchivePolicy } from '../../../../shared/ipc';
import { call } from '../../api';
import { ModalDialog, useLatestReply } from '../../components';
import { errorMessage } from '../../../../shared/errorMessage';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The archive policy and the action: closed cases past the retention time leave the inbox (see archive.run). */
export function ArchiveDialog({ onClose, onArchived }: { onClose: () => void; onArchived: () => void }) {
  const [policy, setPolicy] = useState<ArchivePolicy | null>(null);
  const [eligible, setEligible] = useState<number | null>(null);
  const [days, setDays] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ArchiveOutcome | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const described = useLatestReply();

  const describe = useCallback(
    () =>
      described.track(
        call('archive.policy', {}),
        (reply) => {
          setPolicy(reply.policy);
          setDays(String(reply.policy.retentionDays));
          setEligible(reply.eligible);
        },
        (e) => setProblem(errorMessage(e)),
      ),
    [described],
  );
  useEffect(() => {
    void describe();
    return described.drop;
  }, [describe, described]);

  const save = async (next: ArchivePolicy) => {
    setProblem(null);
    try {
      await call('archive.setPolicy', { policy: next });
      await describe();
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };
  const archive = async () => {
    setBusy(true);
    setProblem(null);
    try {
      setOutcome(await call('archive.run', { confirm: true }));
      onArchived();
      await describe();
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const retention = Number(days);
  const validDays = Number.isInteger(retention) && retention >= 30 && retention <= 3650;
  return (
    <ModalDialog title="Archive closed cases" titleId="archive-title" className="archive-dialog" onClose={onClose}>
      {policy && (
        <form
          className="archive-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (validDays) void save({ ...policy, retentionDays: retention });
          }}
        >
          <label>
            Archive signed, uploaded and withdrawn cases unchanged for{' '}
            <input
              type="number"
              min={30}
              max={3650}
              value={days}
              aria-invalid={!validDays}
              onChange={(e) => setDays(e.target.value)}
              onBlur={() =>
                validDays && retention !== policy.retentionDays && void save({ ...policy, retentionDays: retention })
              }
            />{' '}
            days
          </label>
          <label className="archive-text-choice">
            <input
              type="checkbox"
              checked={policy.keepRecordText}
              onChange={(e) => void save({ ...policy, keepRecordText: e.target.checked })}
            />{' '}
            Keep their records searchable (unticked: the text is dropped and the workspace shrinks; the record files,
            signed packages and determinations stay, and re-indexing a case makes it searchable again)
          </label>
          {!validDays && <p className="form-error">Choose between 30 and 3650 days.</p>}
        </form>
      )}
      {eligible !== null && (
        <p role="status">
          {eligible === 0
            ? 'No closed case is past the retention time.'
            : `${eligible.toLocaleString()} closed case${eligible === 1 ? '' : 's'} would leave the inbox; they stay under Status: Archived.`}
        </p>
      )}
      {outcome && (
        <p className="notice" role="status">
          Archived {outcome.archived.toLocaleString()} case{outcome.archived === 1 ? '' : 's'}
          {outcome.pagesDropped > 0 && `, dropped the text of ${outcome.pagesDropped.toLocaleString()} record pages`};
          workspace file {mb(outcome.fileBytesBefore)} → {mb(outcome.fileBytesAfter)}.
        </p>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <div className="modal-footer">
        <button type="button" className="tool-button" onClick={onClose}>
          Close
        </button>
        <button
          type="button"
          className="primary-button"
          disabled={busy || !eligible || !validDays}
          onClick={() => void archive()}
        >
          {busy ? 'Archiving…' : `Archive ${eligible ? eligible.toLocaleString() : ''} cases`}
        </button>
      </div>
    </ModalDialog>
  );
}

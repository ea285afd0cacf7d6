import type { SyncStatus } from '../../../../shared/ipc';

interface Props {
  status: SyncStatus;
  onApplyAnyway: () => void;
}

/** What the reviewer must know after a sync: the fail-safe, cases ended with work kept, uploads refused, fresh receipts. */
export function SyncNotices({ status, onApplyAnyway }: Props) {
  const fresh = status.lastRun ? status.recentReceipts.slice(0, status.lastRun.uploaded) : [];
  if (!status.failSafe && status.flaggedCases.length === 0 && status.uploadProblems.length === 0 && fresh.length === 0)
    return null;
  return (
    <div className="sync-notices" role="region" aria-label="Sync notices">
      {status.failSafe && status.lastError && (
        <div className="sync-notice sync-notice-warn" role="alert">
          <span>{status.lastError.message}</span>
          <button type="button" className="tool-button" onClick={onApplyAnyway}>
            Apply anyway
          </button>
        </div>
      )}
      {status.flaggedCases.map((flag) => (
        <div key={flag.caseId} className="sync-notice sync-notice-warn" data-case-number={flag.caseNumber}>
          {flag.message}
        </div>
      ))}
      {status.uploadProblems.map((problem) => (
        <div key={problem.caseNumber + problem.message} className="sync-notice sync-notice-error">
          Upload of {problem.caseNumber} not accepted: {problem.message}
        </div>
      ))}
      {fresh.map((receipt) => (
        <div key={receipt.receiptId} className="sync-notice sync-notice-ok">
          Uploaded {receipt.caseNumber} (version {receipt.determinationVersion}): receipt{' '}
          <span className="receipt-id">{receipt.receiptId}</span>
        </div>
      ))}
    </div>
  );
}

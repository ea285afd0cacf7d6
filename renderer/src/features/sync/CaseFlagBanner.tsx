import { useEffect, useState } from 'react';
import type { SyncFlag } from '../../../../shared/ipc/contracts/syncContract';
import { call } from '../../api';

/** Why a case ended (withdrawn or reassigned by the review organisation) and that the local draft was kept. */
export function CaseFlagBanner({ caseId }: { caseId: string }) {
  const [flag, setFlag] = useState<SyncFlag | null>(null);
  useEffect(() => {
    call('sync.status', {})
      .then((status) => setFlag(status.flaggedCases.find((f) => f.caseId === caseId) ?? null))
      .catch(() => setFlag(null));
  }, [caseId]);
  return (
    <div className="case-flag-banner" role="status">
      {flag?.message ?? 'This case was withdrawn by the review organisation. Your draft is kept here, read-only.'}
    </div>
  );
}

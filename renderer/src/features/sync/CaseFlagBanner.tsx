import { useEffect, useState } from 'react';
import type { SyncFlag } from '../../../../shared/ipc';
import { call } from '../../api';
import { useLatestReply } from '../../components';

/** Why a case ended (withdrawn or reassigned by the review organisation) and that the local draft was kept. */
export function CaseFlagBanner({ caseId }: { caseId: string }) {
  const [flag, setFlag] = useState<SyncFlag | null>(null);
  const syncStatus = useLatestReply();
  useEffect(() => {
    void syncStatus.track(
      call('sync.status', {}),
      (reply) => setFlag(reply.flaggedCases.find((f) => f.caseId === caseId) ?? null),
      () => setFlag(null),
    );
    return syncStatus.drop;
  }, [caseId, syncStatus]);
  return (
    <div className="case-flag-banner" role="status">
      {flag?.message ?? 'This case was withdrawn by the review organisation. Your draft is kept here, read-only.'}
    </div>
  );
}

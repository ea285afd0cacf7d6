import { useCallback, useEffect, useState } from 'react';
import type { SyncCertificate } from '../../../../shared/ipc';
import { call } from '../../api';
import { useLatestReply } from '../../components';

/** The reviewer's signing certificate for the Sync settings dialog; refresh() after a sign-in that may have made one. */
export function useSigningCertificate(): { certificate: SyncCertificate | null; refresh: () => Promise<void> } {
  const [certificate, setCertificate] = useState<SyncCertificate | null>(null);
  const replies = useLatestReply();
  const refresh = useCallback(
    () =>
      replies.track(call('sync.certificate', {}), setCertificate, () => {
        // A locked or closing workspace: the panel simply stays as it was.
      }),
    [replies],
  );
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { certificate, refresh };
}

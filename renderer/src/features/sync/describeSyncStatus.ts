import { format } from 'date-fns';
import type { SyncStatus } from '../../../../shared/ipc';

export const formatSyncTime = (iso: string): string => format(new Date(iso), 'd MMM yyyy, HH:mm');

/** The one status line beside the Sync button, in words. */
export function describeSyncStatus(status: SyncStatus): string {
  if (!status.configured) return 'Demo workspace: not connected to a sync server.';
  if (status.needsSignIn) return 'Signed out: sign in again to sync.';
  if (status.running) return 'Syncing…';
  const parts = [status.lastSyncAt ? `Last sync ${formatSyncTime(status.lastSyncAt)}` : 'Not synced yet'];
  if (status.pendingUploads > 0)
    parts.push(`${status.pendingUploads} upload${status.pendingUploads === 1 ? '' : 's'} waiting`);
  else parts.push('nothing waiting to upload');
  return parts.join(' · ');
}

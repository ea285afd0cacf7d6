import type { SyncStatus } from '../../shared/ipc';
import type { CliCommand } from './cliCommand';

function printStatus(status: SyncStatus): void {
  if (!status.configured) {
    console.log('Not connected: this is the demo workspace. Connect with: sync connect <server address> <token>');
    return;
  }
  const who = status.reviewer
    ? `${status.reviewer.displayName || status.reviewer.reviewerId} (${status.reviewer.reviewerId})`
    : 'nobody';
  console.log(`Server: ${status.serverUrl}   signed in: ${who}${status.needsSignIn ? '   (sign in again)' : ''}`);
  console.log(`Last sync: ${status.lastSyncAt ?? 'never'}   uploads waiting: ${status.pendingUploads}`);
  if (status.lastRun) {
    const r = status.lastRun;
    console.log(
      `Last run: ${r.uploaded} uploaded, ${r.casesUpdated} cases updated, ${r.casesRemoved} removed, ${r.casesFlagged} flagged, ${r.recordsDownloaded} records downloaded${r.fullResync ? ' (full resync)' : ''}`,
    );
  }
  for (const receipt of status.recentReceipts.slice(0, 5))
    console.log(
      `Receipt ${receipt.receiptId}  ${receipt.caseNumber} v${receipt.determinationVersion}  ${receipt.receivedAt}`,
    );
  for (const flag of status.flaggedCases) console.log(`Flagged: ${flag.message}`);
  for (const problem of status.uploadProblems) console.log(`Not accepted: ${problem.caseNumber}: ${problem.message}`);
  if (status.lastError) console.log(`Error (${status.lastError.code}): ${status.lastError.message}`);
}

/** `sync` runs a sync; `sync status`, `sync connect <url> <token>`, `sync sign-out`, `sync apply-removals` manage it. */
export const SYNC_COMMAND: CliCommand = {
  name: 'sync',
  usage: 'sync [status|connect URL TOKEN|sign-out|apply-removals]',
  summary: 'Upload signed determinations and download assignments',
  readsOnly: (args) => args[0] === 'status',
  async run({ invoke, args }) {
    const [sub, ...rest] = args;
    let status: SyncStatus;
    if (sub === undefined || sub === 'run') status = await invoke('sync.run', {});
    else if (sub === 'apply-removals') status = await invoke('sync.run', { acceptRemovals: true });
    else if (sub === 'status') status = await invoke('sync.status', {});
    else if (sub === 'sign-out') status = await invoke('sync.signOut', {});
    else if (sub === 'connect' && rest.length === 2)
      status = await invoke('sync.configure', { serverUrl: rest[0] ?? '', token: rest[1] ?? '' });
    else {
      console.error(`Usage: ${SYNC_COMMAND.usage}`);
      return 2;
    }
    printStatus(status);
    return status.lastError && (sub === undefined || sub === 'run' || sub === 'apply-removals') ? 1 : 0;
  },
};

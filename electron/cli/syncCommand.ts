import { appErrorDetails, type SyncStatus } from '../../shared/ipc';
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

/**
 * `sync` runs a sync; `sync status`, `sync connect <url> <token> [--replace-local-work]`, `sync export-work <dir>`,
 * `sync sign-out`, `sync apply-removals` manage it.
 */
export const SYNC_COMMAND: CliCommand = {
  name: 'sync',
  usage: 'sync [status|connect URL TOKEN|export-work DIR|sign-out|apply-removals]',
  summary: 'Upload signed determinations and download assignments',
  readsOnly: (args) => args[0] === 'status',
  async run({ invoke, args, flags }) {
    const [sub, ...rest] = args;
    let status: SyncStatus;
    if (sub === 'export-work' && rest.length === 1) {
      const done = await invoke('sync.exportLocalWork', { targetDir: rest[0] ?? '' });
      console.log(
        `Exported to ${done.dir}: ${done.packages} signed package(s) and ${done.drafts} determination(s) as JSON and text.`,
      );
      return 0;
    }
    if (sub === undefined || sub === 'run') status = await invoke('sync.run', {});
    else if (sub === 'apply-removals') status = await invoke('sync.run', { acceptRemovals: true });
    else if (sub === 'status') status = await invoke('sync.status', {});
    else if (sub === 'sign-out') status = await invoke('sync.signOut', {});
    else if (sub === 'connect' && rest.length === 2) {
      const signedIn = await invoke('sync.configure', {
        serverUrl: rest[0] ?? '',
        token: rest[1] ?? '',
        ...(flags.replaceLocalWork ? { replaceLocalWork: true } : {}),
      }).catch((error: unknown) => {
        if (appErrorDetails(error, 'localWorkAtRisk'))
          console.error(
            'Keep a copy first with: sync export-work <new folder>; then connect again with --replace-local-work.',
          );
        throw error;
      });
      if (signedIn.replacedDemo)
        console.log(
          `Replaced ${signedIn.replacedDemo.cases} demo case(s); the workspace as it was is kept in backups/${signedIn.replacedDemo.backup}.`,
        );
      status = signedIn;
    } else {
      console.error(`Usage: ${SYNC_COMMAND.usage}`);
      return 2;
    }
    printStatus(status);
    return status.lastError && (sub === undefined || sub === 'run' || sub === 'apply-removals') ? 1 : 0;
  },
};

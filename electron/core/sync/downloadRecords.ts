import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/ipc';
import { listDocumentFiles } from '../db';
import type { Workspace } from '../workspace';
import type { SyncClient } from './createSyncClient';
import { downloadOneRecord, PARTIAL_DOWNLOADS_DIR, type RecordDownload } from './downloadOneRecord';
import { retryWithBackoff, type RetryPolicy } from './retryWithBackoff';
import { runWithConcurrency } from './runWithConcurrency';

export interface DownloadProgress {
  done: number;
  total: number;
  bytes: number;
}

export interface DownloadOptions {
  concurrency: number;
  stallTimeoutMs: number;
  policy: RetryPolicy;
  shouldStop: () => boolean;
  onProgress: (progress: DownloadProgress) => void;
  /** A record's bytes are in the store (verified, encrypted) and its documents can be opened. */
  onStored?: (sha256: string) => void;
}

export interface DownloadResult {
  downloaded: number;
  /** The first failure, if a record could not be fetched this run (the others were still tried, unless sign-in failed). */
  failure: unknown;
}

/** Fetches every record a local case lists but the store lacks, a few at a time; partial files stay for the next run. */
export async function downloadRecords(
  ws: Workspace,
  client: SyncClient,
  options: DownloadOptions,
): Promise<DownloadResult> {
  const missing: RecordDownload[] = listDocumentFiles(ws.db).filter((f) => !ws.store.has(f.sha256));
  removeStalePartials(ws.dataDir, new Set(missing.map((m) => m.sha256)));
  const progress: DownloadProgress = { done: 0, total: missing.length, bytes: 0 };
  options.onProgress({ ...progress });
  let failure: unknown = null;
  let unauthorized = false;
  const report = (n: number) => {
    progress.bytes += n;
    options.onProgress({ ...progress });
  };
  await runWithConcurrency(
    missing,
    options.concurrency,
    async (wanted) => {
      try {
        await retryWithBackoff(
          options.policy,
          () =>
            downloadOneRecord(ws.dataDir, ws.store, ws.recordKeys[0], client, wanted, options.stallTimeoutMs, report),
          options.shouldStop,
        );
        progress.done += 1;
        options.onProgress({ ...progress });
        options.onStored?.(wanted.sha256);
      } catch (error) {
        failure ??= error;
        if (error instanceof AppError && error.code === 'UNAUTHORIZED') unauthorized = true;
      }
    },
    () => options.shouldStop() || unauthorized,
  );
  return { downloaded: progress.done, failure };
}

/** Partial files of records no case needs any more are deleted (they hold record bytes in the clear). */
function removeStalePartials(dataDir: string, wanted: ReadonlySet<string>): void {
  const dir = join(dataDir, PARTIAL_DOWNLOADS_DIR);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (!wanted.has(name.replace(/\.part$/, ''))) rmSync(join(dir, name), { force: true });
  }
}

import { assignmentsPageSchema, assignmentsPath, type AssignmentsPage } from '../../../shared/sync';

import { AppError } from '../../../shared/ipc';
import type { SyncClient } from './createSyncClient';
import { retryWithBackoff, type RetryPolicy } from './retryWithBackoff';
import { syncFailureDetails } from './syncFailure';

/** A feed longer than this many pages in one run is refused rather than looped over forever. */
export const MAX_FEED_PAGES = 2000;

export interface FetchedFeed {
  pages: AssignmentsPage[];
  /** True when the pages start from no cursor (first sync, or the server asked for a resync). */
  full: boolean;
}

/** Reads every page after the cursor (or the whole feed), nothing applied yet; 410 RESYNC_REQUIRED restarts from scratch once. */
export async function fetchAssignmentPages(
  client: SyncClient,
  cursor: string | null,
  pageSize: number,
  policy: RetryPolicy,
  shouldStop: () => boolean,
): Promise<FetchedFeed> {
  try {
    return { pages: await readPages(client, cursor, pageSize, policy, shouldStop), full: cursor === null };
  } catch (error) {
    if (cursor === null || syncFailureDetails(error)?.serverCode !== 'RESYNC_REQUIRED') throw error;
    return { pages: await readPages(client, null, pageSize, policy, shouldStop), full: true };
  }
}

async function readPages(
  client: SyncClient,
  start: string | null,
  pageSize: number,
  policy: RetryPolicy,
  shouldStop: () => boolean,
): Promise<AssignmentsPage[]> {
  const pages: AssignmentsPage[] = [];
  let cursor = start;
  for (let i = 0; i < MAX_FEED_PAGES; i++) {
    const path = assignmentsPath(cursor, pageSize);
    const page = (await retryWithBackoff(policy, () => client.json(path, assignmentsPageSchema), shouldStop)).value;
    pages.push(page);
    if (!page.has_more) return pages;
    if (page.cursor === cursor) {
      throw new AppError(
        'SERVER_REPLY_INVALID',
        'The sync server keeps sending the same page of assignments. Nothing was changed; tell your IMR organisation.',
      );
    }
    cursor = page.cursor;
  }
  throw new AppError(
    'SERVER_REPLY_INVALID',
    `The assignment feed is longer than ${MAX_FEED_PAGES} pages in one sync. Nothing was changed; tell your IMR organisation.`,
  );
}

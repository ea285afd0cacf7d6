import { subDays } from 'date-fns';
import type { ServerDb } from '../db';
import { compactChanges } from '../feed';
import {
  deleteDeadTokens,
  deleteExpiredEnrolmentCodes,
  deleteStaleAuthFailures,
  lastSeqCreatedBefore,
} from '../repositories';

export interface BackgroundSettings {
  /** Feed history older than this is compacted; a client that has not synced for longer resyncs in full. */
  feedRetentionDays: number;
}

export interface BackgroundReport {
  compacted: number;
  tokensForgotten: number;
  codesForgotten: number;
  throttlesForgotten: number;
}

/**
 * What one instance does for all: compact old feed history, forget tokens and enrolment codes that can never be used
 * again (expired or revoked 30 days ago), and forget old failed-authentication counters. Each step is idempotent.
 */
export async function runBackgroundWork(
  db: ServerDb,
  now: Date,
  settings: BackgroundSettings,
): Promise<BackgroundReport> {
  const retainedFrom = subDays(now, settings.feedRetentionDays).toISOString();
  const upto = await lastSeqCreatedBefore(db.query, retainedFrom);
  const compacted = upto > 0 ? (await compactChanges(db, upto)).deleted : 0;
  const forgetBefore = subDays(now, 30).toISOString();
  const tokensForgotten = await db.write((tx) => deleteDeadTokens(tx, forgetBefore));
  const codesForgotten = await db.write((tx) => deleteExpiredEnrolmentCodes(tx, forgetBefore));
  const throttlesForgotten = await db.write((tx) => deleteStaleAuthFailures(tx, subDays(now, 1).toISOString()));
  return { compacted, tokensForgotten, codesForgotten, throttlesForgotten };
}

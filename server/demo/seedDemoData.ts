import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_REVIEWER_PROFILE } from '../../shared/domain';
import { assignCase, readCaseFolder } from '../assignments';

import { issueToken } from '../auth';
import type { ServerDb } from '../db';
import type { RecordStore } from '../records';
import { findCaseByNumber, findReviewer } from '../repositories';

import { createReviewer } from '../reviewers';
import { DEMO_CASES } from './demoCases';
import { writeDemoCaseFolder } from './writeDemoCaseFolder';

export interface DemoSeed {
  reviewerId: string;
  token: string;
  assignedNow: string[];
}

/** Ensures the demo reviewer and its demo cases exist, and issues a fresh token (old tokens stay valid). */
export async function seedDemoData(db: ServerDb, records: RecordStore, now: Date): Promise<DemoSeed> {
  const reviewerId = DEMO_REVIEWER_PROFILE.reviewerId;
  if (!findReviewer(db, reviewerId)) createReviewer(db, reviewerId, DEMO_REVIEWER_PROFILE.name, now);
  const assignedNow: string[] = [];
  const scratch = mkdtempSync(join(tmpdir(), 'imr-demo-cases-'));
  try {
    for (const [index, demo] of DEMO_CASES.entries()) {
      if (findCaseByNumber(db, demo.caseFile.case.caseNumber)) continue;
      const folder = await writeDemoCaseFolder(demo, join(scratch, String(index)), now);
      assignCase(db, records, reviewerId, await readCaseFolder(folder), now);
      assignedNow.push(demo.caseFile.case.caseNumber);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return { reviewerId, token: issueToken(db, reviewerId, { now }).token, assignedNow };
}

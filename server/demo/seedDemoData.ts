import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_REVIEWER_PROFILE } from '../../shared/domain';
import { assignCase, readCaseFolder } from '../assignments';

import { issueToken } from '../auth';
import type { ServerDb } from '../db';
import { findCaseByNumber, findReviewer } from '../repositories';
import type { BlobStorage } from '../storage';

import { createReviewer } from '../reviewers';
import { DEMO_CASES } from './demoCases';
import { writeDemoCaseFolder } from './writeDemoCaseFolder';

export interface DemoSeed {
  reviewerId: string;
  /** Issued once, when the demo reviewer is created; later starts issue none (use issue-token or enrol). */
  token: string | null;
  assignedNow: string[];
}

/** Ensures the demo reviewer and its demo cases exist; a token only on the first start. */
export async function seedDemoData(db: ServerDb, storage: BlobStorage, now: Date): Promise<DemoSeed> {
  const reviewerId = DEMO_REVIEWER_PROFILE.reviewerId;
  const created = !(await findReviewer(db.query, reviewerId));
  if (created) await createReviewer(db, reviewerId, DEMO_REVIEWER_PROFILE.name, now);
  const assignedNow: string[] = [];
  const scratch = mkdtempSync(join(tmpdir(), 'imr-demo-cases-'));
  try {
    for (const [index, demo] of DEMO_CASES.entries()) {
      if (await findCaseByNumber(db.query, demo.caseFile.case.caseNumber)) continue;
      const folder = await writeDemoCaseFolder(demo, join(scratch, String(index)), now);
      await assignCase(db, storage, reviewerId, await readCaseFolder(folder), now);
      assignedNow.push(demo.caseFile.case.caseNumber);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return { reviewerId, token: created ? (await issueToken(db, reviewerId, { now })).token : null, assignedNow };
}

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../shared/ipc';
import { assignCase, readCaseFolder, withdrawCase } from '../assignments';

import { issueToken } from '../auth';
import { registerCertificate } from '../certificates';
import type { ServerDb } from '../db';
import { compactChanges } from '../feed';
import type { RecordStore } from '../records';
import { createReviewer } from '../reviewers';

export const ADMIN_USAGE = `Usage: tsx server/admin.ts <command> [arguments]
  create-reviewer <reviewerId> [display name]   add a reviewer
  issue-token <reviewerId> [days]                print a new bearer token (valid for days, or until revoked)
  register-cert <reviewerId> <cert.pem>          allow packages signed with this certificate from this reviewer
  assign <reviewerId> <folder>                   assign (or re-send, or reassign) the case in folder (case.json + record files)
  withdraw <caseNumber> [reason]                 withdraw an assigned case
  compact [sequence]                             drop superseded feed history (older cursors must resync)
Environment: IMR_SERVER_DATA (data folder), IMR_SERVER_DB_KEY (if the database is encrypted).`;

export interface AdminContext {
  db: ServerDb;
  records: RecordStore;
  now: Date;
}

function need(args: readonly string[], index: number, what: string): string {
  const value = args[index];
  if (!value) throw new AppError('INVALID_INPUT', `Missing ${what}.\n${ADMIN_USAGE}`);
  return value;
}

/** Runs one admin command and returns what to print. Throws AppError with an actionable message. */
export async function runAdminCommand(args: readonly string[], context: AdminContext): Promise<string> {
  const { db, records, now } = context;
  switch (args[0]) {
    case 'create-reviewer': {
      const id = need(args, 1, 'reviewer id');
      createReviewer(db, id, args.slice(2).join(' '), now);
      return `Created reviewer ${id}.`;
    }
    case 'issue-token': {
      const days = args[2] === undefined ? null : Number(args[2]);
      if (days !== null && (!Number.isInteger(days) || days < 1))
        throw new AppError('INVALID_INPUT', 'Days must be a whole number of at least 1.');
      const issued = issueToken(db, need(args, 1, 'reviewer id'), { now, validDays: days });
      return `${issued.token}\n(for ${issued.reviewerId}; ${issued.expiresAt ? `expires ${issued.expiresAt}` : 'does not expire'}; shown only once)`;
    }
    case 'register-cert': {
      const reviewerId = need(args, 1, 'reviewer id');
      const facts = registerCertificate(
        db,
        reviewerId,
        readFileSync(resolve(need(args, 2, 'certificate file'))).toString('utf8'),
        now,
      );
      return `Registered certificate ${facts.sha256} (${facts.subject.replaceAll('\n', ', ')}, valid until ${facts.notAfter}) for ${reviewerId}.`;
    }
    case 'assign': {
      const reviewerId = need(args, 1, 'reviewer id');
      const result = assignCase(
        db,
        records,
        reviewerId,
        await readCaseFolder(resolve(need(args, 2, 'case folder'))),
        now,
      );
      const from = result.previousReviewerId ? ` (taken from ${result.previousReviewerId})` : '';
      return `Case ${result.caseNumber} ${result.outcome} to ${reviewerId}${from}; case id ${result.caseId}.`;
    }
    case 'withdraw': {
      const caseNumber = need(args, 1, 'case number');
      const reason = args.slice(2).join(' ') || 'Withdrawn by the IMR organisation.';
      const result = withdrawCase(db, caseNumber, reason, now);
      return `Case ${caseNumber} withdrawn from ${result.reviewerId}.`;
    }
    case 'compact': {
      const upto = args[1] === undefined ? undefined : Number(args[1]);
      const result = compactChanges(db, upto);
      return `Removed ${result.deleted} feed changes; cursors before ${result.floor} must now resync.`;
    }
    case undefined:
    case 'help':
    case '--help':
      return ADMIN_USAGE;
    default:
      throw new AppError('INVALID_INPUT', `Unknown command "${args[0]}".\n${ADMIN_USAGE}`);
  }
}

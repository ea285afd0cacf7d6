import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppError } from '../../shared/ipc';
import { assignCase, readCaseFolder, withdrawCase } from '../assignments';

import { issueToken } from '../auth';
import { registerCertificate } from '../certificates';
import { listCredentials, revokeAllTokensOf, revokeCertificateById, revokeTokenById } from '../credentials';
import type { ServerDb } from '../db';
import { createEnrolmentCode } from '../enrolment';
import { compactChanges } from '../feed';
import { readStoredPackage } from '../packages';
import { createReviewer } from '../reviewers';
import { createDriver, createRecordStorage, migrateStorage, STORAGE_DRIVERS, type StorageConfig } from '../storage';
import { verifyStorage } from './verifyStorage';

export const ADMIN_USAGE = `Usage: tsx server/admin.ts [--database-url postgres://…] <command> [arguments]
  create-reviewer <reviewerId> [display name]   add a reviewer
  enrol <reviewerId> [hours]                     print a one-time sign-in code (default 72 h): the app registers its certificate with it
  issue-token <reviewerId> [days]                print a new bearer token (default IMR_TOKEN_DAYS, 90)
  register-cert <reviewerId> <cert.pem>          allow packages signed with this certificate from this reviewer
  list-credentials [reviewerId]                  every token (by id) and certificate, live, expired or revoked
  revoke-token <tokenId>                         revoke one token (its id from list-credentials)
  revoke-tokens <reviewerId>                     revoke every token of a reviewer
  revoke-cert <sha256>                           refuse packages signed with this certificate from now on
  assign <reviewerId> <folder>                   assign (or re-send, or reassign) the case in folder (case.json + record files)
  withdraw <caseNumber> [reason]                 withdraw an assigned case
  compact [sequence]                             drop superseded feed history (older cursors must resync)
  storage migrate <from> <to> [--keep-source]    move record and package files between drivers (fs, database) while servers run
  storage verify [driver]                        read every stored file back and check its SHA-256
  export-package <receiptId> <folder>            write a received package's files, byte for byte, into a new folder
Environment: DATABASE_URL (PostgreSQL; otherwise the SQLite file in IMR_SERVER_DATA), IMR_SERVER_DB_KEY
(an encrypted SQLite file), IMR_STORAGE / IMR_STORAGE_FALLBACK (record storage drivers), IMR_TOKEN_DAYS.`;

export interface AdminContext {
  db: ServerDb;
  storage: StorageConfig;
  now: Date;
  tokenDays: number;
  /** Progress lines of long commands (storage migrate). */
  print?: (line: string) => void;
}

function need(args: readonly string[], index: number, what: string): string {
  const value = args[index];
  if (!value) throw new AppError('INVALID_INPUT', `Missing ${what}.\n${ADMIN_USAGE}`);
  return value;
}

function wholeArg(text: string | undefined, what: string): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new AppError('INVALID_INPUT', `${what} must be a whole number of at least 1.`);
  return value;
}

/** Runs one admin command and returns what to print. Throws AppError with an actionable message. */
export async function runAdminCommand(args: readonly string[], context: AdminContext): Promise<string> {
  const { db, now } = context;
  switch (args[0]) {
    case 'create-reviewer': {
      const id = need(args, 1, 'reviewer id');
      await createReviewer(db, id, args.slice(2).join(' '), now);
      return `Created reviewer ${id}. Next: enrol ${id} (a one-time sign-in code for the reviewer's app).`;
    }
    case 'enrol': {
      const hours = wholeArg(args[2], 'Hours');
      const code = await createEnrolmentCode(db, need(args, 1, 'reviewer id'), { now, validHours: hours });
      return `${code.code}\n(one-time sign-in code for ${code.reviewerId}; valid until ${code.expiresAt}; shown only once. In the app: Sync settings → "I have an enrolment code".)`;
    }
    case 'issue-token': {
      const days = wholeArg(args[2], 'Days') ?? context.tokenDays;
      const issued = await issueToken(db, need(args, 1, 'reviewer id'), { now, validDays: days });
      return `${issued.token}\n(for ${issued.reviewerId}; expires ${issued.expiresAt}; shown only once)`;
    }
    case 'register-cert': {
      const reviewerId = need(args, 1, 'reviewer id');
      const pem = readFileSync(resolve(need(args, 2, 'certificate file'))).toString('utf8');
      const facts = await registerCertificate(db, reviewerId, pem, now);
      return `Registered certificate ${facts.sha256} (${facts.subject.replaceAll('\n', ', ')}, valid until ${facts.notAfter}) for ${reviewerId}.`;
    }
    case 'list-credentials': {
      const listing = await listCredentials(db, now, args[1]);
      const lines = [`Tokens (${listing.tokens.length}):`];
      for (const t of listing.tokens)
        lines.push(`  ${t.id}  ${t.reviewerId}  ${t.state}  created ${t.createdAt}  expires ${t.expiresAt ?? 'never'}`);
      lines.push(`Certificates (${listing.certificates.length}):`);
      for (const c of listing.certificates)
        lines.push(
          `  ${c.sha256}  ${c.reviewerId}  ${c.state}  registered ${c.registeredAt}  valid until ${c.notAfter}`,
        );
      return lines.join('\n');
    }
    case 'revoke-token': {
      const id = need(args, 1, 'token id');
      const revoked = await revokeTokenById(db, id, now);
      return `Revoked token ${id} of ${revoked.reviewerId}; every instance refuses it from now on.`;
    }
    case 'revoke-tokens': {
      const reviewerId = need(args, 1, 'reviewer id');
      return `Revoked ${await revokeAllTokensOf(db, reviewerId, now)} token(s) of ${reviewerId}.`;
    }
    case 'revoke-cert': {
      const revoked = await revokeCertificateById(db, need(args, 1, 'certificate SHA-256'), now);
      return `Revoked certificate ${revoked.sha256} of ${revoked.reviewerId}; packages signed with it are refused from now on (those received stay).`;
    }
    case 'assign': {
      const reviewerId = need(args, 1, 'reviewer id');
      const folder = await readCaseFolder(resolve(need(args, 2, 'case folder')));
      const result = await assignCase(db, createRecordStorage(context.storage, db), reviewerId, folder, now);
      const from = result.previousReviewerId ? ` (taken from ${result.previousReviewerId})` : '';
      return `Case ${result.caseNumber} ${result.outcome} to ${reviewerId}${from}; case id ${result.caseId}.`;
    }
    case 'withdraw': {
      const caseNumber = need(args, 1, 'case number');
      const reason = args.slice(2).join(' ') || 'Withdrawn by the IMR organisation.';
      const result = await withdrawCase(db, caseNumber, reason, now);
      return `Case ${caseNumber} withdrawn from ${result.reviewerId}.`;
    }
    case 'compact': {
      const upto = wholeArg(args[1], 'The sequence');
      const result = await compactChanges(db, upto);
      return `Removed ${result.deleted} feed changes; cursors before ${result.floor} must now resync.`;
    }
    case 'storage':
      return runStorageCommand(args.slice(1), context);
    case 'export-package': {
      const receiptId = need(args, 1, 'receipt id');
      const target = resolve(need(args, 2, 'folder'));
      const files = await readStoredPackage(db, createRecordStorage(context.storage, db), receiptId);
      if (!files) throw new AppError('NOT_FOUND', `There is no package with receipt ${receiptId}.`);
      mkdirSync(target, { recursive: true, mode: 0o700 });
      const names: Record<keyof typeof files, string> = {
        manifestJson: 'manifest.json',
        manifestSig: 'manifest.sig',
        'letter.pdf': 'letter.pdf',
        'determination.json': 'determination.json',
        'certificate.pem': 'certificate.pem',
      };
      for (const [key, name] of Object.entries(names)) {
        writeFileSync(join(target, name), files[key as keyof typeof files], { flag: 'wx', mode: 0o600 });
      }
      return `Wrote package ${receiptId} to ${target} (${Object.values(names).join(', ')}).`;
    }
    case undefined:
    case 'help':
    case '--help':
      return ADMIN_USAGE;
    default:
      throw new AppError('INVALID_INPUT', `Unknown command "${args[0]}".\n${ADMIN_USAGE}`);
  }
}

async function runStorageCommand(args: readonly string[], context: AdminContext): Promise<string> {
  const driverArg = (index: number, what: string) => {
    const name = need(args, index, what);
    if (!(STORAGE_DRIVERS as readonly string[]).includes(name)) {
      throw new AppError('INVALID_INPUT', `${what} must be one of ${STORAGE_DRIVERS.join(', ')}, not "${name}".`);
    }
    return name as StorageConfig['primary'];
  };
  switch (args[0]) {
    case 'migrate': {
      const from = driverArg(1, 'The source driver');
      const to = driverArg(2, 'The target driver');
      if (from === to) throw new AppError('INVALID_INPUT', 'The source and target drivers are the same.');
      const report = await migrateStorage(
        context.db,
        createDriver(from, context.db, context.storage.dir),
        createDriver(to, context.db, context.storage.dir),
        {
          deleteSource: !args.includes('--keep-source'),
          onProgress: (_sha, progress) => {
            const done = progress.copied + progress.alreadyThere;
            if (done % 500 === 0) context.print?.(`  ${done} files moved so far…`);
          },
        },
      );
      const lines = [
        `Moved ${report.copied} file(s) from ${from} to ${to} (${report.alreadyThere} were already there), each read back and checked against its SHA-256; ${report.deleted} deleted from ${from}.`,
        `${report.inlinePackages} package(s) received before record storage now keep their files in ${to}.`,
      ];
      if (report.unreadable.length) {
        lines.push(
          `${report.unreadable.length} file(s) in ${from} could not be read and were left there: ${report.unreadable.join(', ')}. Run storage verify.`,
        );
      }
      lines.push(
        `Set IMR_STORAGE=${to} on every instance${report.deleted ? '' : ` (keep IMR_STORAGE_FALLBACK=${from} until the source is empty)`}.`,
      );
      return lines.join('\n');
    }
    case 'verify': {
      const name = args[1] === undefined ? null : driverArg(1, 'The driver');
      const storage = name
        ? createDriver(name, context.db, context.storage.dir)
        : createRecordStorage(context.storage, context.db);
      const report = await verifyStorage(context.db, storage);
      const lines = [`Checked ${report.checked} stored file(s) in ${storage.name}: ${report.damaged.length} damaged.`];
      if (report.damaged.length) lines.push(`Damaged: ${report.damaged.join(', ')}`);
      if (report.missing.length) lines.push(`Listed by the database but missing: ${report.missing.join(', ')}`);
      if (report.damaged.length || report.missing.length) {
        throw new AppError('BAD_FILE', lines.join('\n'));
      }
      return lines.join('\n');
    }
    default:
      throw new AppError(
        'INVALID_INPUT',
        `Unknown storage command "${args[0] ?? ''}": use migrate or verify.\n${ADMIN_USAGE}`,
      );
  }
}

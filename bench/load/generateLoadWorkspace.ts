import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../electron/core/backend/createBackend';
import { latestSchemaVersion, listCaseSummaryRows, listCases } from '../../electron/core/db';
import { fileKeyProvider } from '../../electron/core/keys/fileKeyProvider';
import { silentLogger } from '../../electron/core/log/logger';
import { createPassphraseProtector } from '../../electron/core/signingIdentity/createPassphraseProtector';
import type { SigningKeyAccess } from '../../electron/core/signingIdentity/signingKeyAccess';
import { cloneDemoCases } from './cloneDemoCases';
import { readDemoTemplates } from './readDemoTemplates';
import { signDemoDeterminations } from './signDemoDeterminations';

export interface LoadWorkspaceSpec {
  cases: number;
  /** Indexed record pages in the whole workspace. */
  pages: number;
  /** Signed determinations (most of them uploaded). */
  signed: number;
  /** Cases still open; every other case is closed. */
  active: number;
}

/** A long-serving reviewer's workspace (issue 17): 10,000 cases, most closed, 200,000 pages, 2,000 signed. */
export const LONG_SERVING: LoadWorkspaceSpec = { cases: 10_000, pages: 200_000, signed: 2_000, active: 150 };

export interface LoadWorkspace {
  /** The workspace folder: open it with `--data-dir` (its key file is inside). */
  dataDir: string;
  spec: LoadWorkspaceSpec;
  cases: number;
  pages: number;
  documents: number;
  signed: number;
  generatedAt: string;
  seconds: number;
}

export const LOAD_SIGNING_PASSPHRASE = 'load workspace signing passphrase';
// Bump when the generated content changes, so a cached workspace from an older generator is not reused.
const GENERATOR_VERSION = 3;
// Cheap scrypt for the 2,000 signatures; opening reads the cost stored in the seal.
const fastSigningKeys: SigningKeyAccess = {
  newIdentityKind: 'passphrase',
  protector: (_kind, passphrase) => createPassphraseProtector(passphrase ?? '', { costLog2: 12 }),
};

/** Where a workspace of this size is generated and cached: a temp folder, never the reviewer's data. */
export function loadWorkspaceRoot(spec: LoadWorkspaceSpec, root = tmpdir()): string {
  return join(
    root,
    // The schema version too: a workspace cached by a build whose migrations differ is not reused.
    `imr-load-workspace-${spec.cases}c-${spec.pages}p-${spec.signed}s-${spec.active}a-g${GENERATOR_VERSION}-v${latestSchemaVersion()}`,
  );
}

/**
 * Builds a large workspace from the demo generator in its own temp folder: the demo's 14 cases with their record
 * PDFs, then cases made from them (new numbers, claimants and dates, the same stored files, page texts with the new
 * names) up to the spec, and real signed determinations. Reuses a finished one (ready.json) from an earlier run.
 */
export async function generateLoadWorkspace(
  spec: LoadWorkspaceSpec = LONG_SERVING,
  opts: { root?: string; log?: (line: string) => void } = {},
): Promise<LoadWorkspace> {
  const log = opts.log ?? (() => {});
  const root = loadWorkspaceRoot(spec, opts.root);
  const readyFile = join(root, 'ready.json');
  const pidFile = join(root, 'generating.pid');
  // Another process building the same workspace (a bench and `npm run load-workspace`): wait for it.
  while (!existsSync(readyFile) && isAlive(existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8')) : 0)) {
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  if (existsSync(readyFile)) return JSON.parse(readFileSync(readyFile, 'utf8')) as LoadWorkspace;
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  writeFileSync(pidFile, String(process.pid));
  const dataDir = join(root, 'workspace');
  const started = performance.now();

  const backend = await createBackend({
    dataDir,
    keyProvider: fileKeyProvider(dataDir, silentLogger),
    log: silentLogger,
    transport: 'in-process',
    signingKeys: fastSigningKeys,
    seedDemo: true,
  });
  try {
    const { db } = backend.ws;
    // A generated temp workspace: a crash loses nothing, so commits need not wait for the disk.
    db.pragma('synchronous = OFF');
    const demo = listCases(db);
    const templates = readDemoTemplates(db, demo);
    const demoPages = templates.reduce((n, t) => n + t.documents.reduce((m, d) => m + d.pages.length, 0), 0);
    log(`demo workspace: ${demo.length} cases, ${demoPages} pages; adding ${spec.cases - demo.length} cases`);
    const today = backend.ws.clock.today();
    const cloned = cloneDemoCases(db, templates, {
      cases: spec.cases - demo.length,
      pages: spec.pages - demoPages,
      active: spec.active,
      toSign: spec.signed,
      today,
    });
    log(`added ${cloned.documents} documents with ${cloned.pages} indexed pages; signing ${cloned.toSignIds.length}`);
    const signed = await signDemoDeterminations(backend.invoke, cloned.toSignIds, LOAD_SIGNING_PASSPHRASE, (n) => {
      if (n % 100 === 0) log(`signed ${n} of ${cloned.toSignIds.length}`);
    });
    // As after a sync: most signed packages were uploaded and their receipts stored.
    const uploadedAt = `${today}T18:00:00.000Z`;
    db.transaction(() => {
      const rows = db.prepare('select id, case_id from sync_outbox order by id').all() as {
        id: number;
        case_id: string;
      }[];
      const upload = db.prepare("update sync_outbox set uploaded_at = ?, receipt_json = '{}' where id = ?");
      const status = db.prepare("update cases set status = 'uploaded', updated_at = ? where id = ?");
      rows.forEach((row, i) => {
        if (i % 20 === 19) return;
        upload.run(uploadedAt, row.id);
        status.run(uploadedAt, row.case_id);
      });
    })();
    // Closed cases were last touched when they closed, some weeks after they arrived (what archiving goes by).
    db.prepare(
      `update cases set updated_at = date(received_date, '+25 days') || 'T17:00:00.000Z'
       where status in ('signed', 'uploaded', 'withdrawn')`,
    ).run();
    // A reviewer's open cases were analyzed when their records arrived (closed ones are analyzed when opened).
    const open = listCaseSummaryRows(db, { view: 'open' }).map((c) => c.id);
    for (const caseId of open) await backend.invoke('chronology.analyze', { caseId });
    log(`analyzed the records of the ${open.length} open cases`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const result: LoadWorkspace = {
      dataDir,
      spec,
      cases: demo.length + spec.cases - demo.length,
      pages: demoPages + cloned.pages,
      documents: cloned.documents + templates.reduce((n, t) => n + t.documents.length, 0),
      signed,
      generatedAt: new Date().toISOString(),
      seconds: Math.round((performance.now() - started) / 1000),
    };
    writeFileSync(readyFile, JSON.stringify(result, null, 2));
    rmSync(pidFile, { force: true });
    return result;
  } finally {
    backend.close();
  }
}

function isAlive(pid: number): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { AppError } from '../../../shared/ipc';
import { richTextToPlainText } from '../../../shared/editor';
import { recordAuditEvent } from '../audit';
import { listItems, listLocalWork, listPendingUploads, listSignedDeterminations } from '../db';
import { loadDetermination } from '../determinations';
import { ensurePrivateDir, writeFileAtomic } from '../files';
import { absolutePackageDir, readWorkspacePackage, writePackageDir } from '../packages';
import type { Workspace } from '../workspace';

export interface ExportedLocalWork {
  dir: string;
  packages: number;
  drafts: number;
}

/**
 * Before the demo cases are replaced by signing in: every local case holding the reviewer's work is written, in clear,
 * into a new or empty folder — each signed version as its package (byte-identical, so `verify` accepts it) and the
 * determination as JSON (to restore from) and as text (to read). Folders and files are owner-only.
 */
export function exportLocalWork(ws: Workspace, targetDir: string): ExportedLocalWork {
  const dir = resolve(targetDir);
  if (existsSync(dir) && readdirSync(dir).length > 0)
    throw new AppError('CONFLICT', `${dir} is not empty. Choose a new or empty folder for the exported work.`);
  const work = listLocalWork(ws.db);
  if (work.length === 0) throw new AppError('NOT_FOUND', 'No case holds work of yours that signing in would replace.');
  ensurePrivateDir(dir);
  let packages = 0;
  let drafts = 0;
  const at = ws.clock.now().toISOString();
  const pending = listPendingUploads(ws.db);
  for (const c of work) {
    const caseDir = join(dir, c.caseNumber);
    ensurePrivateDir(caseDir);
    const packageDirs = new Set([
      ...listSignedDeterminations(ws.db, c.caseId).map((s) => s.packageDir),
      ...pending.filter((p) => p.caseId === c.caseId).map((p) => p.packageDir),
    ]);
    for (const packageDir of packageDirs) {
      const { manifestJson, manifestSig, ...files } = readWorkspacePackage(
        ws,
        absolutePackageDir(ws.dataDir, packageDir),
      );
      writePackageDir(join(caseDir, `signed-${basename(packageDir)}`), { files, manifestJson, manifestSig });
      packages++;
    }
    const determination = ws.db.transaction(() => loadDetermination(ws.db, c.caseId, at))();
    const items = new Map(listItems(ws.db, c.caseId).map((i) => [i.id, i.requestedTreatment]));
    writeFileAtomic(join(caseDir, 'determination.json'), `${JSON.stringify(determination, null, 2)}\n`);
    const text = [
      `${c.caseNumber}: determination as saved ${determination.updatedAt}`,
      '',
      'Clinical case summary',
      richTextToPlainText(determination.summary),
      ...determination.items.flatMap((item) => [
        '',
        `${items.get(item.itemId) ?? item.itemId}: ${item.decision}`,
        item.caGuideline ? `Guideline: ${item.caGuideline}` : '',
        richTextToPlainText(item.rationale),
      ]),
    ].join('\n');
    writeFileAtomic(join(caseDir, 'determination.txt'), `${text}\n`);
    drafts++;
  }
  ws.db.transaction(() =>
    recordAuditEvent(ws, {
      action: 'letter.exported',
      caseId: null,
      details: { reason: 'before-sign-in', cases: work.length, packages },
    }),
  )();
  ws.log.info('Exported local work before signing in', { cases: work.length, packages });
  return { dir, packages, drafts };
}

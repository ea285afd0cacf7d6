import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  concatTransformationMatrix,
  drawObject,
  PDFDocument,
  PDFName,
  popGraphicsState,
  pushGraphicsState,
  rgb,
} from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/core/backend/createBackend';
import { staticKeyProvider } from '../../../electron/core/db/keyProvider';
import { insertCase } from '../../../electron/core/db/repositories/caseRepository';
import { silentLogger } from '../../../electron/core/log/logger';
import { caseFixture } from '../../support/caseFixture';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';
import { buildScannedPdf, renderFaxPage, type FaxPage } from '../../support/faxPages';
import { importFiles } from './support/importFiles';

const NOTES = [
  'Lumbar strain with paraspinal spasm. Ibuprofen as needed.',
  'Cervical radiculopathy on the right. Gabapentin titrated.',
  'Knee effusion aspirated. Physical therapy twice weekly.',
  'Shoulder impingement. Subacromial injection performed.',
];
const faxPages = (count: number): Promise<FaxPage[]> =>
  Promise.all(NOTES.slice(0, count).map((text, i) => renderFaxPage({ text, fontSize: 14, seed: i + 1 })));
const ocrIdle = (t: TestWorkspace) => t.backend.services()?.ocr.idle() ?? Promise.resolve();
const liveRows = (t: TestWorkspace) =>
  t.backend.ws.db
    .prepare('select page, state, run_id as runId, engine from record_ocr_pages order by page, run_id')
    .all() as Array<{ page: number; state: string; runId: string; engine: string }>;

describe('the OCR queue', () => {
  let t: TestWorkspace;
  beforeEach(async () => {
    t = await createTestWorkspace({ ocr: { pool: { size: 1 } } });
    insertCase(t.backend.ws.db, caseFixture());
  });
  afterEach(() => t.dispose());

  it('pauses, resumes and cancels; cancelled pages stay unsearchable and say so until OCR is run again', async () => {
    const ocr = t.backend.services()!.ocr;
    ocr.pause();
    await importFiles(t, 'case-1', [{ name: 'scan.pdf', bytes: await buildScannedPdf(await faxPages(3)) }]);
    expect(await t.call('records.ocrStatus', { caseId: 'case-1' })).toMatchObject({
      state: 'paused',
      pagesDone: 0,
      pagesTotal: 3,
    });
    await t.call('records.controlOcr', { action: 'resume' });
    while ((await t.call('records.ocrStatus', {})).pagesDone < 1) await new Promise((r) => setTimeout(r, 50));
    await t.call('records.controlOcr', { action: 'cancel' });
    await ocrIdle(t);
    const [doc] = await t.call('records.documents', { caseId: 'case-1' });
    expect(doc!.ocr.queued).toBe(false);
    expect(doc!.ocr.read).toBeGreaterThanOrEqual(1);
    expect(doc!.ocr.read).toBeLessThan(3);
    const { coverage } = await t.call('records.search', { caseId: 'case-1', query: 'anything' });
    expect(coverage).toMatchObject({ pendingPages: 3 - doc!.ocr.read, ocrRunning: false });

    expect(await t.call('records.runOcr', { caseId: 'case-1' })).toEqual({ documents: 1, pages: 3 - doc!.ocr.read });
    await ocrIdle(t);
    const [after] = await t.call('records.documents', { caseId: 'case-1' });
    expect(after!.ocr).toMatchObject({ needed: 3, read: 3, queued: false });
    expect((await t.call('records.search', { caseId: 'case-1', query: 'subacromial OR effusion' })).total).toBe(1);
  });

  it('holds while the reviewer types: no page is read during typing, and reading goes on after', async () => {
    expect(await t.call('records.holdOcrForTyping', {})).toEqual({ holding: false });
    const ocr = t.backend.services()!.ocr;
    ocr.pause();
    await importFiles(t, 'case-1', [{ name: 'scan.pdf', bytes: await buildScannedPdf(await faxPages(4)) }]);
    await t.call('records.controlOcr', { action: 'resume' });
    const done = async () => (await t.call('records.ocrStatus', {})).pagesDone;
    while ((await done()) < 1) await new Promise((r) => setTimeout(r, 50));
    // Typing for three seconds: a hint every 400 ms, as the window sends them.
    const hints: boolean[] = [];
    let settled = -1;
    const typingFrom = Date.now();
    while (Date.now() - typingFrom < 3000) {
      hints.push((await t.call('records.holdOcrForTyping', {})).holding);
      // A page may finish in the moment before the hold reaches it; after that, none does.
      if (settled < 0 && Date.now() - typingFrom > 600) settled = await done();
      await new Promise((r) => setTimeout(r, 400));
    }
    expect(hints.every(Boolean)).toBe(true);
    expect(await t.call('records.ocrStatus', {})).toMatchObject({ state: 'running', holding: true });
    expect(await done()).toBe(settled);
    expect(settled).toBeLessThan(4);
    await ocrIdle(t);
    const [doc] = await t.call('records.documents', { caseId: 'case-1' });
    expect(doc!.ocr).toMatchObject({ needed: 4, read: 4, queued: false });
    expect(await t.call('records.holdOcrForTyping', {})).toEqual({ holding: false });
    expect(await t.call('records.ocrStatus', {})).toMatchObject({ state: 'idle', holding: false });
  });

  it('re-reads a document with another model and swaps the results in whole only when the run completes', async () => {
    await importFiles(t, 'case-1', [{ name: 'scan.pdf', bytes: await buildScannedPdf(await faxPages(2)) }]);
    await ocrIdle(t);
    const first = liveRows(t);
    expect(first.map((r) => r.page)).toEqual([1, 2]);
    expect(first.every((r) => /tessdata_fast/.test(r.engine))).toBe(true);
    const [doc] = await t.call('records.documents', { caseId: 'case-1' });

    expect(await t.call('records.runOcr', { caseId: 'case-1', force: true, model: 'best' })).toEqual({
      documents: 1,
      pages: 2,
    });
    // While the re-run is under way the viewer and search keep the earlier results, page by page.
    while (liveRows(t).length < 3) await new Promise((r) => setTimeout(r, 50));
    expect((await t.call('records.ocrPage', { documentId: doc!.id, page: 1 })).engine).toMatch(/tessdata_fast/);
    expect((await t.call('records.search', { caseId: 'case-1', query: 'gabapentin' })).total).toBe(1);
    await ocrIdle(t);
    const second = liveRows(t);
    expect(second.map((r) => r.page)).toEqual([1, 2]);
    expect(second.every((r) => /best_int/.test(r.engine))).toBe(true);
    expect((await t.call('records.ocrPage', { documentId: doc!.id, page: 2 })).engine).toMatch(/best_int/);
    expect((await t.call('records.search', { caseId: 'case-1', query: 'gabapentin' })).hits[0]).toMatchObject({
      page: 2,
      ocr: true,
    });
  });

  it('gives a blank page, a huge page and a corrupt image their own outcome and still reads the rest', async () => {
    const [good] = await faxPages(1);
    const scanned = await PDFDocument.load(await buildScannedPdf([good!]));
    const blank = scanned.addPage([612, 792]);
    blank.drawRectangle({ x: 0, y: 0, width: 612, height: 792, color: rgb(1, 1, 1) });
    const huge = scanned.addPage([14_400, 14_400]);
    huge.drawRectangle({ x: 100, y: 100, width: 5000, height: 40, color: rgb(0, 0, 0) });
    const broken = scanned.addPage([612, 792]);
    const garbage = scanned.context.stream(randomBytes(4000), {
      Type: 'XObject',
      Subtype: 'Image',
      Width: 800,
      Height: 1000,
      ColorSpace: 'DeviceGray',
      BitsPerComponent: 8,
      Filter: 'DCTDecode',
    });
    broken.node.setXObject(PDFName.of('Im9'), scanned.context.register(garbage));
    broken.pushOperators(
      pushGraphicsState(),
      concatTransformationMatrix(612, 0, 0, 792, 0, 0),
      drawObject('Im9'),
      popGraphicsState(),
    );
    const status = await importFiles(t, 'case-1', [
      { name: 'mixed scans.pdf', bytes: await scanned.save({ useObjectStreams: false }) },
    ]);
    expect(status.files[0]).toMatchObject({ state: 'imported', pageCount: 4 });
    await ocrIdle(t);
    const [doc] = await t.call('records.documents', { caseId: 'case-1' });
    expect(doc!.ocr.needed).toBe(4);
    expect(doc!.ocr.read + doc!.ocr.failed).toBe(4);
    const pages = await Promise.all(
      [1, 2, 3, 4].map((page) => t.call('records.ocrPage', { documentId: doc!.id, page })),
    );
    expect(pages[0]).toMatchObject({ state: 'read' });
    expect(pages[0]!.words.length).toBeGreaterThan(5);
    expect(pages[1]).toMatchObject({ state: 'read', words: [] });
    expect(pages[2]).toMatchObject({ state: 'failed' });
    expect(pages[2]!.message).toMatch(/200 × 200 inches: too large to read by OCR/);
    expect(['read', 'failed']).toContain(pages[3]!.state);
    expect((await t.call('records.search', { caseId: 'case-1', query: 'lumbar' })).total).toBe(1);
  });
});

describe('a crash in the middle of OCR', () => {
  it('loses at most the page in progress and resumes where it stopped when the workspace opens again', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'imr-ocr-kill-'));
    const key = randomBytes(32);
    const pdfPath = join(dataDir, 'fax.pdf');
    writeFileSync(pdfPath, await buildScannedPdf(await faxPages(4)));
    const tsx = createRequire(import.meta.url).resolve('tsx');
    const child = spawn(
      process.execPath,
      ['--import', tsx, join(import.meta.dirname, 'support', 'ocrChild.ts'), dataDir, key.toString('hex'), pdfPath],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          if (/read [12]\b/.test(chunk.toString())) resolve();
        });
        child.on('exit', (code) => reject(new Error(`the OCR process ended on its own (${code})`)));
      });
    } finally {
      child.kill('SIGKILL');
    }
    await new Promise((r) => child.once('close', r));

    const backend = await createBackend({
      dataDir,
      keyProvider: staticKeyProvider(key),
      log: silentLogger,
      transport: 'in-process',
      seedDemo: false,
      ocr: { pool: { size: 1 } },
    });
    try {
      const db = backend.ws.db;
      const before = db.prepare('select page, run_id as runId, done_at as doneAt from record_ocr_pages').all();
      expect(before.length).toBeGreaterThanOrEqual(1);
      expect(before.length).toBeLessThan(4);
      await backend.services()!.ocr.idle();
      const after = db
        .prepare('select page, run_id as runId, done_at as doneAt from record_ocr_pages order by page')
        .all();
      expect(after.map((r) => (r as { page: number }).page)).toEqual([1, 2, 3, 4]);
      // The pages read before the crash were kept, not read again.
      for (const row of before) expect(after).toContainEqual(row);
      expect(db.prepare('select state from record_ocr_runs').all()).toEqual([{ state: 'done' }]);
      const found = await backend.invoke('records.search', { caseId: 'case-1', query: 'subacromial' });
      expect(found.hits.map((h) => h.page)).toEqual([4]);
    } finally {
      backend.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});

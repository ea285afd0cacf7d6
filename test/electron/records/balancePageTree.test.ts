import type { PDFRef } from 'pdf-lib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import {
  balancePageTree,
  MAX_KIDS_PER_NODE,
  PAGE_TREE_FANOUT,
  withUpdate,
} from '../../../electron/core/records/balancePageTree';
import { buildRecordPdf } from './support/buildRecordPdf';
import { medicalPages } from './support/medicalText';

async function pdfjsPages(bytes: Uint8Array, pageNumbers: number[]) {
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
  const doc = await task.promise;
  const pages = [];
  for (const n of pageNumbers) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    pages.push({
      text: content.items.map((i) => ('str' in i ? i.str : '')).join(''),
      view: page.view,
      rotate: page.rotate,
    });
  }
  const numPages = doc.numPages;
  await task.destroy();
  return { numPages, pages };
}

/** Every node's kid count and every page's parent, as another PDF library reads the rebuilt tree. */
async function treeShape(bytes: Uint8Array) {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const rootRef = pdf.catalog.get(PDFName.of('Pages')) as PDFRef;
  const kidCounts: number[] = [];
  const parentsOk: boolean[] = [];
  const visit = (ref: PDFRef): number => {
    const node = pdf.context.lookup(ref, PDFDict);
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    if (!kids) return 1;
    kidCounts.push(kids.size());
    let count = 0;
    for (const kid of kids.asArray() as PDFRef[]) {
      parentsOk.push(pdf.context.lookup(kid, PDFDict).get(PDFName.of('Parent')) === ref);
      count += visit(kid);
    }
    expect(node.lookup(PDFName.of('Count'), PDFNumber).asNumber()).toBe(count);
    return count;
  };
  return { pages: visit(rootRef), kidCounts, parentsOk, pageCount: pdf.getPageCount() };
}

describe('balancePageTree', () => {
  it('rewrites a flat tree of 300 pages into small nodes in an update to append, with the same pages in order', async () => {
    const pages = medicalPages(300);
    const flat = await buildRecordPdf(pages, { tree: 'flat' });
    const outcome = await balancePageTree(flat);
    if (!('update' in outcome)) throw new Error(`not balanced: ${outcome.skipped}`);
    const balanced = withUpdate(flat, outcome.update);
    expect(outcome.pages).toBe(300);
    expect(Buffer.from(outcome.update).includes('stream'), 'page contents are not copied').toBe(false);

    const shape = await treeShape(balanced);
    expect(shape.pages).toBe(300);
    expect(Math.max(...shape.kidCounts)).toBeLessThanOrEqual(PAGE_TREE_FANOUT);
    expect(shape.parentsOk.every(Boolean)).toBe(true);

    const sample = [1, 2, 150, 299, 300];
    const [before, after] = await Promise.all([pdfjsPages(flat, sample), pdfjsPages(balanced, sample)]);
    expect(after).toEqual(before);
    expect(after.pages[2]!.text).toContain(pages[149]!.split(/\s+/).slice(0, 3).join(' ').slice(0, 12));
  });

  it('leaves trees that are already nested or short alone', async () => {
    expect(await balancePageTree(await buildRecordPdf(medicalPages(400), { tree: 'nested' }))).toEqual({
      skipped: 'already-balanced',
    });
    expect(await balancePageTree(await buildRecordPdf(medicalPages(MAX_KIDS_PER_NODE), { tree: 'flat' }))).toEqual({
      skipped: 'already-balanced',
    });
  });

  it('gives every page the page box, rotation and resources it used to inherit from a node the new tree drops', async () => {
    const flat = await PDFDocument.load(await buildRecordPdf(medicalPages(200), { tree: 'flat' }), {
      updateMetadata: false,
    });
    const root = flat.catalog.lookup(PDFName.of('Pages'), PDFDict);
    const rootRef = flat.catalog.get(PDFName.of('Pages')) as PDFRef;
    const pageRefs = root.lookup(PDFName.of('Kids'), PDFArray).asArray() as PDFRef[];
    const middle = flat.context.obj({
      Type: 'Pages',
      Parent: rootRef,
      Kids: pageRefs,
      Count: pageRefs.length,
      MediaBox: [0, 0, 595, 842],
      Rotate: 90,
    });
    const middleRef = flat.context.register(middle);
    for (const [i, ref] of pageRefs.entries()) {
      const page = flat.context.lookup(ref, PDFDict);
      page.set(PDFName.of('Parent'), middleRef);
      page.delete(PDFName.of('MediaBox'));
      if (i === 5) {
        middle.set(PDFName.of('Resources'), page.get(PDFName.of('Resources'))!);
        page.delete(PDFName.of('Resources'));
      }
    }
    root.set(PDFName.of('Kids'), flat.context.obj([middleRef]));
    const original = await flat.save({ useObjectStreams: false, addDefaultPage: false });
    const outcome = await balancePageTree(original);
    if (!('update' in outcome)) throw new Error(`not balanced: ${outcome.skipped}`);
    const balanced = withUpdate(original, outcome.update);
    const [before, after] = await Promise.all([pdfjsPages(original, [1, 6, 200]), pdfjsPages(balanced, [1, 6, 200])]);
    expect(before.pages[0]).toMatchObject({ view: [0, 0, 595, 842], rotate: 90 });
    expect(before.pages[1]!.text.length).toBeGreaterThan(20);
    expect(after).toEqual(before);
  });

  it('updates files whose cross-reference table is a compressed stream', async () => {
    const doc = await PDFDocument.load(await buildRecordPdf(medicalPages(250), { tree: 'flat' }), {
      updateMetadata: false,
    });
    const compressed = await doc.save({ useObjectStreams: true });
    const outcome = await balancePageTree(compressed);
    if (!('update' in outcome)) throw new Error(`not balanced: ${outcome.skipped}`);
    const balanced = withUpdate(compressed, outcome.update);
    const [before, after] = await Promise.all([
      pdfjsPages(compressed, [1, 125, 250]),
      pdfjsPages(balanced, [1, 125, 250]),
    ]);
    expect(after).toEqual(before);
    expect((await treeShape(balanced)).parentsOk.every(Boolean)).toBe(true);
  });

  it('refuses encrypted and unreadable files instead of guessing', async () => {
    expect(await balancePageTree(await buildRecordPdf(medicalPages(300), { passwordProtected: true }))).toEqual({
      skipped: 'encrypted',
    });
    expect(await balancePageTree(new TextEncoder().encode('%PDF-1.7\nthis is not a pdf at all\n%%EOF'))).toMatchObject({
      skipped: expect.stringMatching(/unreadable|unusual-tree/),
    });
  });
});

import type { ExtractionPool, PdfProbe } from './createExtractionPool';

/** Below this many pages pdf.js opens a PDF quickly whatever its page tree, so no copy is made. */
export const VIEWING_COPY_MIN_PAGES = 200;

export type ViewingCopyOutcome = { update: Uint8Array; pageCount: number } | { skipped: string };

/**
 * The update that makes a long PDF open without pdf.js first reading every page (see balancePageTree), or
 * the reason there is none. It is only kept when pdf.js reads it as the same document: same page count,
 * and the first, middle and last pages have the same text, page box and rotation as in the original.
 */
export async function createViewingCopy(
  original: Uint8Array,
  pageCount: number,
  pool: ExtractionPool,
): Promise<ViewingCopyOutcome> {
  if (pageCount < VIEWING_COPY_MIN_PAGES) return { skipped: 'short' };
  // pdf-lib loads with the first long import, not when the workstation starts.
  const { balancePageTree, withUpdate } = await import('./balancePageTree');
  const outcome = await balancePageTree(original);
  if ('skipped' in outcome) return { skipped: outcome.skipped };
  if (outcome.pages !== pageCount) return { skipped: 'page-count-differs' };
  const sample = [...new Set([1, Math.ceil(pageCount / 2), pageCount])];
  const [before, after] = await Promise.all([
    pool.probePdf(original, sample),
    pool.probePdf(withUpdate(original, outcome.update), sample),
  ]);
  if (!before || !after) return { skipped: 'unreadable-by-viewer' };
  if (!sameDocument(before, after) || after.pageCount !== pageCount) return { skipped: 'differs-from-original' };
  return { update: outcome.update, pageCount };
}

function sameDocument(a: PdfProbe, b: PdfProbe): boolean {
  return (
    a.pageCount === b.pageCount &&
    a.pages.length === b.pages.length &&
    a.pages.every((p, i) => {
      const q = b.pages[i];
      return (
        q !== undefined &&
        p.page === q.page &&
        p.text === q.text &&
        p.rotate === q.rotate &&
        p.view.join() === q.view.join()
      );
    })
  );
}

import { findViewingCopy, type ViewingCopy } from '../db';
import { errorMessage } from '../../../shared/errorMessage';
import { createViewingCopy } from './createViewingCopy';
import type { ImportContext } from './importContext';

/**
 * The viewing copy of a PDF (its page-tree update, put in the record store) if it has none yet; null when none is needed
 * or it could not be made (the viewer then opens the original), or the job was cancelled (nothing is stored then).
 * Never fails the import it belongs to.
 */
export async function storeViewingCopy(
  ctx: ImportContext,
  sha256: string,
  original: Uint8Array,
  pageCount: number,
): Promise<ViewingCopy | null> {
  const { ws } = ctx;
  if (ctx.signal.aborted) return null;
  const known = findViewingCopy(ws.db, sha256);
  if (known && ws.store.has(known.updateSha256)) return known;
  try {
    const outcome = await createViewingCopy(original, pageCount, ctx.worker);
    if ('skipped' in outcome) {
      if (outcome.skipped !== 'short' && outcome.skipped !== 'already-balanced')
        ws.log.info('No viewing copy for a record file', { sha256, reason: outcome.skipped });
      return null;
    }
    if (ctx.signal.aborted) return null;
    const blob = ws.store.put(outcome.update);
    return {
      sha256,
      updateSha256: blob.sha256,
      updateLocation: blob.location,
      pageCount: outcome.pageCount,
      madeAt: ws.clock.now().toISOString(),
    };
  } catch (error) {
    ws.log.warn('Making a viewing copy failed; the original is shown', { sha256, error: errorMessage(error) });
    return null;
  }
}

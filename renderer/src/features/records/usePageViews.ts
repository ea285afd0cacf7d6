import { useEffect, useRef } from 'react';
import { call } from '../../api';
import { emitWorkspaceEvent } from '../../events';

/** A page counts as read once it has been the current page this long with the window visible. */
export const DWELL_MS = 1500;
const FLUSH_MS = 4000;

/**
 * Records how long each page of a document is the current page while the window is visible, and sends the pages
 * that passed DWELL_MS in one batch a few seconds after they did, with the rest of the time when the document
 * closes (review coverage); says so with a pagesSeen event.
 */
export function usePageViews(documentId: string, page: number, active: boolean): void {
  const pending = useRef(new Map<number, number>());
  const reported = useRef(new Set<number>());
  const current = useRef({ page, since: 0, active });

  useEffect(() => {
    current.current.since = performance.now();
    const settle = () => {
      const { page: p, since, active: on } = current.current;
      const now = performance.now();
      if (on && document.visibilityState === 'visible' && p >= 1)
        pending.current.set(p, (pending.current.get(p) ?? 0) + (now - since));
      current.current.since = now;
    };
    // Every few seconds only pages newly read are sent; the time spent on pages already sent goes with the
    // last batch, when the document closes, so an open page costs no request at all.
    const flush = (closing: boolean) => {
      settle();
      const batch = [...pending.current]
        .filter(([p, ms]) => (closing && reported.current.has(p)) || (!reported.current.has(p) && ms >= DWELL_MS))
        .map(([p, ms]) => ({ page: p, ms: Math.round(ms) }));
      if (batch.length === 0) return;
      for (const { page: p } of batch) {
        reported.current.add(p);
        pending.current.delete(p);
      }
      void call('coverage.pagesViewed', { documentId, pages: batch.slice(0, 500) })
        .then(() => emitWorkspaceEvent('pagesSeen', { documentId }))
        .catch(() => undefined);
    };
    const timer = setInterval(() => flush(false), FLUSH_MS);
    const onVisibility = () => settle();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
      flush(true);
    };
  }, [documentId]);

  useEffect(() => {
    const { page: p, since, active: on } = current.current;
    const now = performance.now();
    if (on && document.visibilityState === 'visible' && p >= 1)
      pending.current.set(p, (pending.current.get(p) ?? 0) + (now - since));
    current.current = { page, since: now, active };
  }, [page, active]);
}

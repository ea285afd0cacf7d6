import { useEffect, useRef } from 'react';
import { call } from '../../api';

/** A page counts as read once it has been the current page this long with the window visible. */
export const DWELL_MS = 1500;
const FLUSH_MS = 4000;

/**
 * Records how long each page of a document is the current page while the window is visible, and sends the pages
 * that passed DWELL_MS in one batch every few seconds and when the document closes (review coverage).
 */
export function usePageViews(documentId: string, page: number, active: boolean, onRecorded?: () => void): void {
  const pending = useRef(new Map<number, number>());
  const reported = useRef(new Set<number>());
  const current = useRef({ page, since: 0, active });
  const recorded = useRef(onRecorded);
  useEffect(() => {
    recorded.current = onRecorded;
  });

  useEffect(() => {
    current.current.since = performance.now();
    const settle = () => {
      const { page: p, since, active: on } = current.current;
      const now = performance.now();
      if (on && document.visibilityState === 'visible' && p >= 1)
        pending.current.set(p, (pending.current.get(p) ?? 0) + (now - since));
      current.current.since = now;
    };
    const flush = () => {
      settle();
      const batch = [...pending.current]
        .filter(([p, ms]) => reported.current.has(p) || ms >= DWELL_MS)
        .map(([p, ms]) => ({ page: p, ms: Math.round(ms) }));
      if (batch.length === 0) return;
      for (const { page: p } of batch) {
        reported.current.add(p);
        pending.current.delete(p);
      }
      void call('coverage.pagesViewed', { documentId, pages: batch.slice(0, 500) })
        .then(() => recorded.current?.())
        .catch(() => undefined);
    };
    const timer = setInterval(flush, FLUSH_MS);
    const onVisibility = () => settle();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
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

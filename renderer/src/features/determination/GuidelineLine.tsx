import { useSyncExternalStore } from 'react';
import type { CitationLineStore } from './citationLineStore';

/** The reviewer's guideline line as the letter will print it, MTUS first, updated as chips come and go. */
export function GuidelineLine({ store, itemId }: { store: CitationLineStore; itemId: string }) {
  const line = useSyncExternalStore(store.subscribe, store.line);
  return (
    <p className="guideline-line" data-testid={`guideline-line-${itemId}`} aria-live="polite">
      <span className="guideline-line-label">MAXIMUS guideline:</span>{' '}
      {line ? line : <span className="muted">No citation yet. Type [[ in the rationale to cite a guideline.</span>}
    </p>
  );
}

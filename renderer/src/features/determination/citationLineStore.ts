import { formatGuidelineLine, type CitationSnapshot } from '../../../../shared/citations';

export interface CitationLineStore {
  set(citations: CitationSnapshot[]): void;
  line(): string;
  subscribe(listener: () => void): () => void;
}

/** The compiled "MAXIMUS guideline" line of one rationale; listeners hear only when the line itself changes. */
export function createCitationLineStore(): CitationLineStore {
  let line = '';
  const listeners = new Set<() => void>();
  return {
    set(citations) {
      const next = formatGuidelineLine(citations);
      if (next === line) return;
      line = next;
      listeners.forEach((l) => l());
    },
    line: () => line,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

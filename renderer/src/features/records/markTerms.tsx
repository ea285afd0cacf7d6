import type { ReactNode } from 'react';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Wraps every case-insensitive occurrence of the terms in <mark>; whitespace in a term matches any run. */
export function markTerms(text: string, terms: readonly string[]): ReactNode {
  const patterns = terms
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => escape(t).replace(/\s+/g, '\\s+'));
  if (patterns.length === 0) return text;
  const re = new RegExp(`(${patterns.join('|')})`, 'giu');
  return text.split(re).map((piece, i) =>
    i % 2 === 1 ? (
      <mark key={i} className="search-mark">
        {piece}
      </mark>
    ) : (
      piece
    ),
  );
}

import { highlightPage, type Db } from '../db';

import { splitMarked } from './searchRecords';
import { toFtsQuery } from './toFtsQuery';

const MAX_TERMS = 50;

/** The distinct words FTS5 matched on one page (stems and prefixes resolved), for the viewer to highlight. */
export function matchTermsOnPage(db: Db, documentId: string, page: number, query: string): string[] {
  const fts = toFtsQuery(query);
  if (!fts) return [];
  const marked = highlightPage(db, documentId, page, fts);
  if (!marked) return [];
  const terms = new Map<string, string>();
  for (const part of splitMarked(marked)) {
    const text = part.text.trim();
    if (part.match && text && !terms.has(text.toLowerCase())) terms.set(text.toLowerCase(), text);
  }
  return [...terms.values()].slice(0, MAX_TERMS);
}

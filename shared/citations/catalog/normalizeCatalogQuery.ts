const MAX_QUERY_CHARS = 120;
const MAX_TERMS = 6;
const MAX_TERM_CHARS = 30;
const STOP_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'for', 'to', 'in', 'on', 'with', 'or', 'by', 'at']);

/** Folds accents and case so "Pitkänen" and "pitkanen" read alike. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The picker query as space-separated lower-case terms: capped, punctuation and regex syntax gone, stop words dropped. */
export function normalizeCatalogQuery(query: unknown): string {
  if (typeof query !== 'string') return '';
  const text = foldText(query.slice(0, MAX_QUERY_CHARS))
    .replace(/\bnon[\s_-]*mtus\b/g, 'nonmtus')
    .replace(/\b([clt])[\s-]spine\b/g, '$1spine')
    .replace(/\bpost[\s-]?op\b/g, 'postoperative')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  const terms = text
    .split(' ')
    .filter((t) => t !== '')
    .map((t) => t.slice(0, MAX_TERM_CHARS));
  const meaningful = terms.filter((t) => !STOP_WORDS.has(t));
  return (meaningful.length > 0 ? meaningful : terms).slice(0, MAX_TERMS).join(' ');
}

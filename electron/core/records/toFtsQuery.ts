const MAX_TERMS = 16;
const WORDISH = /[\p{L}\p{N}]/u;
/** A prefix must have two letters or digits: "a*" would match most of the index, and FTS5 keeps no one-letter prefix index. */
const PREFIX_MIN = /[\p{L}\p{N}]{2,}$/u;

/**
 * Turns what a reviewer types into a safe FTS5 query: every word and phrase becomes a quoted string,
 * so FTS5 operators, column filters and stray punctuation can never cause a syntax error.
 * Supports "quoted phrases", prefixes (radic*), several words (all must match) and OR between terms.
 * A one-letter prefix (a*) is searched as the word itself.
 * Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string): string | null {
  const parts: string[] = [];
  let pendingOr = false;
  for (const match of input.matchAll(/"([^"]*)"?(\*?)|(\S+)/g)) {
    const [, phrase, phraseStar, bare] = match;
    if (bare === 'OR') {
      pendingOr = parts.length > 0;
      continue;
    }
    if (bare === 'AND' || bare === 'NOT') continue;
    const raw = phrase ?? bare ?? '';
    const prefix = raw.trimEnd().endsWith('*') || phraseStar === '*';
    const text = raw.replaceAll('*', ' ').replaceAll('"', ' ').replace(/\s+/g, ' ').trim();
    if (!WORDISH.test(text)) continue;
    const term = `"${text}"${prefix && PREFIX_MIN.test(text) ? '*' : ''}`;
    if (pendingOr) parts.push('OR');
    parts.push(term);
    pendingOr = false;
    if (parts.length >= MAX_TERMS * 2) break;
  }
  return parts.length === 0 ? null : parts.join(' ');
}

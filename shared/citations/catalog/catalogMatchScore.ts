import type { CatalogEntry } from '../citation';
import type { HaystackFields } from './buildHaystackFields';
import { foldText } from './normalizeCatalogQuery';

/** The words of an entry by where they stand: a query word found in the topic says more than one in the source name. */
export interface EntryWords {
  topic: readonly string[];
  chapter: readonly string[];
  bodyParts: readonly string[];
  aliases: readonly string[];
  source: readonly string[];
  /** Page ranges as [first, last]; chapter number as a word of `chapter`. */
  pages: ReadonlyArray<readonly [number, number]>;
  /** The first page, for listing one chapter's ranges in page order; -1 for the chapter itself, which leads. */
  firstPage: number;
  /** Topic, alias and chapter wording as one line each, for phrase matches ("physical therapy"). */
  phrases: readonly string[];
}

const WEIGHTS = { topic: 5, chapter: 3, bodyParts: 3, aliases: 2, source: 2 } as const;

const wordsOf = (text: string): string[] =>
  foldText(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

export function entryWords(entry: CatalogEntry, fields: HaystackFields): EntryWords {
  const pages = (entry.pages ?? '')
    .split(/[,;]/)
    .map((part) => part.split('-').map((n) => Number.parseInt(n.trim(), 10)))
    .filter((range) => range.length > 0 && Number.isFinite(range[0]))
    .map(([first = 0, last]) => [first, Number.isFinite(last) ? (last ?? first) : first] as const);
  return {
    topic: wordsOf(fields.topic),
    chapter: wordsOf(fields.chapter),
    bodyParts: wordsOf(fields.bodyParts),
    aliases: wordsOf(fields.aliases),
    source: wordsOf(fields.source),
    pages,
    firstPage: pages[0]?.[0] ?? (entry.topic ? 0 : -1),
    phrases: [fields.topic, fields.aliases, fields.chapter].map((text) => ` ${wordsOf(text).join(' ')}`),
  };
}

export interface MatchScore {
  /** Query words found anywhere in the entry. */
  covered: number;
  /** Weighted by where each word was found (topic highest), with a bonus for words found side by side. */
  weight: number;
  /** Share of the topic's words the query names: a short topic that is all query beats a long one that mentions it. */
  topicShare: number;
}

const PHRASE_BONUS = 3;

/** One query word and the catalog words it matches (computed once over the catalog's vocabulary). */
export interface TermMatch {
  term: string;
  numeric: boolean;
  words: ReadonlySet<string>;
}

/** A word the query word starts, or one of the same stem ("surgery" and "surgical", "injections" and "injection"). */
export function sameStem(word: string, term: string): boolean {
  if (word.startsWith(term)) return true;
  let common = 0;
  while (common < word.length && common < term.length && word[common] === term[common]) common++;
  return common >= Math.max(4, Math.ceil(0.55 * term.length));
}

/** Matches query words against the catalog's vocabulary, remembering each word across keystrokes. */
export function createTermMatcher(vocabulary: Iterable<string>): (term: string) => TermMatch {
  // Both ways of matching need the word to share the term's first two letters: only that bucket is compared.
  const buckets = new Map<string, string[]>();
  for (const word of new Set(vocabulary)) {
    for (const key of [word.slice(0, 1), word.slice(0, 2)]) {
      const bucket = buckets.get(key) ?? [];
      if (bucket[bucket.length - 1] !== word) bucket.push(word);
      buckets.set(key, bucket);
    }
  }
  const cache = new Map<string, TermMatch>();
  return (term) => {
    let match = cache.get(term);
    if (match === undefined) {
      const numeric = /^\d+$/.test(term);
      const candidates = buckets.get(term.slice(0, 2)) ?? [];
      match = { term, numeric, words: new Set(numeric ? [] : candidates.filter((w) => sameStem(w, term))) };
      if (cache.size >= 500) cache.clear();
      cache.set(term, match);
    }
    return match;
  };
}

const has = (list: readonly string[], set: ReadonlySet<string>) => list.some((w) => set.has(w));

/**
 * How well an entry answers the query, word by word: each word counts where it matches best (a word start, or the
 * same stem), a number matches a chapter number or falls inside a page range.
 */
export function catalogMatchScore(words: EntryWords, terms: readonly TermMatch[]): MatchScore {
  let covered = 0;
  let weight = 0;
  for (const { term, numeric, words: matching } of terms) {
    let best = 0;
    if (numeric) {
      const n = Number(term);
      if (words.chapter.includes(term)) best = WEIGHTS.chapter;
      if (words.pages.some(([first, last]) => n >= first && n <= last)) best = Math.max(best, WEIGHTS.topic);
    } else if (matching.size > 0) {
      // A word the chapter or body part explains ("back" in "odg low back") says nothing about the topic.
      if (has(words.chapter, matching)) best = WEIGHTS.chapter;
      else if (has(words.bodyParts, matching)) best = WEIGHTS.bodyParts;
      else if (has(words.topic, matching)) best = WEIGHTS.topic;
      else if (has(words.aliases, matching) || has(words.source, matching)) best = WEIGHTS.aliases;
    }
    if (best > 0) covered++;
    weight += best;
  }
  for (let i = 0; i + 1 < terms.length; i++) {
    const pair = ` ${terms[i]?.term ?? ''} ${terms[i + 1]?.term ?? ''}`;
    if (words.phrases.some((p) => p.includes(pair))) weight += PHRASE_BONUS;
  }
  const named = words.topic.filter((w) => terms.some((t) => t.words.has(w))).length;
  return { covered, weight, topicShare: words.topic.length === 0 ? 0 : named / words.topic.length };
}

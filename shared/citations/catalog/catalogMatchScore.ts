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

/** A word the query word starts, or one of the same stem ("surgery" and "surgical", "injections" and "injection"). */
function sameStem(word: string, term: string): boolean {
  if (word.startsWith(term)) return true;
  let common = 0;
  while (common < word.length && common < term.length && word[common] === term[common]) common++;
  return common >= Math.max(4, Math.ceil(0.55 * term.length));
}

/**
 * How well an entry answers the query, word by word: each word counts where it matches best (a word start), a number
 * matches a chapter number or falls inside a page range.
 */
export function catalogMatchScore(words: EntryWords, terms: readonly string[]): MatchScore {
  let covered = 0;
  let weight = 0;
  for (const term of terms) {
    let best = 0;
    if (/^\d+$/.test(term)) {
      const n = Number(term);
      if (words.chapter.includes(term)) best = WEIGHTS.chapter;
      if (words.pages.some(([first, last]) => n >= first && n <= last)) best = Math.max(best, WEIGHTS.topic);
    } else {
      // A word the chapter or body part explains ("back" in "odg low back") says nothing about the topic.
      if (words.chapter.some((w) => sameStem(w, term))) best = WEIGHTS.chapter;
      else if (words.bodyParts.some((w) => sameStem(w, term))) best = WEIGHTS.bodyParts;
      else
        for (const field of ['topic', 'aliases', 'source'] as const) {
          if (WEIGHTS[field] > best && words[field].some((w) => sameStem(w, term))) best = WEIGHTS[field];
        }
    }
    if (best > 0) covered++;
    weight += best;
  }
  for (let i = 0; i + 1 < terms.length; i++) {
    const pair = ` ${terms[i]} ${terms[i + 1]}`;
    if (words.phrases.some((p) => p.includes(pair))) weight += PHRASE_BONUS;
  }
  const named = words.topic.filter((w) => terms.some((t) => !/^\d+$/.test(t) && sameStem(w, t))).length;
  return { covered, weight, topicShare: words.topic.length === 0 ? 0 : named / words.topic.length };
}

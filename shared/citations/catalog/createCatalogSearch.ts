// uFuzzy: small, fast, ranked fuzzy matching with typo tolerance and no index to build or keep in memory.
import uFuzzy from '@leeoniya/ufuzzy';
import { isMtusFamily, type CatalogEntry } from '../citation';
import { formatCitation } from '../format/formatCitation';
import { buildHaystackFields } from './buildHaystackFields';
import { catalogMatchScore, createTermMatcher, entryWords, type EntryWords } from './catalogMatchScore';
import { canonicalBodyPart } from './canonicalBodyPart';
import { isInForce } from './isInForce';
import { foldText, normalizeCatalogQuery } from './normalizeCatalogQuery';

export interface CatalogSearchOptions {
  /** The UR decision date (YYYY-MM-DD): the guideline in force on it governs the case. */
  urDecisionDate?: string | null;
  /** Catalog ids the reviewer picked lately, most recent first. */
  recentIds?: readonly string[];
  limit?: number;
  /** Body parts of the disputed item, in any wording ('cervical', 'Neck'). */
  bodyPartHint?: string[];
}

export interface RankedEntry {
  entry: CatalogEntry;
  /** The citation as it will print in the letter. */
  label: string;
  mtus: boolean;
  /** Whether the entry governed on the UR decision date; null when no date was given. */
  inForce: boolean | null;
  recent: boolean;
  /** Matched only once one typo per term was allowed. */
  typo: boolean;
}

export interface CatalogSearch {
  search(query: string, opts?: CatalogSearchOptions): RankedEntry[];
}

interface Item {
  entry: CatalogEntry;
  label: string;
  mtus: boolean;
  bodyParts: ReadonlySet<string>;
  words: EntryWords;
  /** Entries of one guideline chapter share it, so their page ranges list in page order. */
  group: string;
}

interface Context {
  date: string | null;
  recentRank: ReadonlyMap<string, number>;
  hint: ReadonlySet<string>;
}

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 200;
const MAX_RECENT = 50;
/** Terms beyond this are matched in typed order only: n terms cost n! permutations. */
const OUT_OF_ORDER_TERMS = 4;

export function createCatalogSearch(entries: readonly CatalogEntry[]): CatalogSearch {
  const fields = entries.map(buildHaystackFields);
  const items: Item[] = entries.map((entry, i) => ({
    entry,
    label: formatCitation(entry),
    mtus: isMtusFamily(entry.family),
    bodyParts: new Set(entry.bodyParts),
    words: entryWords(entry, fields[i] as ReturnType<typeof buildHaystackFields>),
    group: `${entry.family}\u0000${entry.guideline}\u0000${entry.chapterNo ?? entry.chapterTitle ?? ''}`,
  }));
  const matchTerm = createTermMatcher(
    items.flatMap(({ words: w }) => [...w.topic, ...w.chapter, ...w.bodyParts, ...w.aliases, ...w.source]),
  );
  const haystack = fields.map((f) =>
    foldText([f.chapter, f.topic, f.bodyParts, f.aliases, f.pages, f.source].filter(Boolean).join(' ')),
  );
  const byId = new Map(items.map((item) => [item.entry.id, item]));
  // Equal fuzzy scores: the shorter entry (a chapter before its topics) first.
  const compare = (a: string, b: string) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  const exact = new uFuzzy({ interLft: 1, compare });
  const typo = new uFuzzy({ interLft: 1, intraMode: 1, compare });

  function match(matcher: uFuzzy, needle: string): number[] {
    const termCount = needle.split(' ').length;
    const [idxs, info, order] = matcher.search(
      haystack,
      needle,
      termCount > OUT_OF_ORDER_TERMS ? 0 : OUT_OF_ORDER_TERMS,
      Infinity,
    );
    if (info && order) {
      const ranked = order.map((o) => info.idx[o]).filter((i): i is number => i !== undefined);
      if (ranked.length > 0 || termCount <= OUT_OF_ORDER_TERMS) return ranked;
      // Long queries typed out of order: every term present, unranked.
      return matcher.search(haystack, needle, OUT_OF_ORDER_TERMS, Infinity)[0] ?? [];
    }
    return idxs ?? [];
  }

  function inForce(item: Item, ctx: Context): boolean | null {
    return ctx.date === null ? null : isInForce(item.entry, ctx.date);
  }

  function toRanked(item: Item, ctx: Context, typoMatch: boolean): RankedEntry {
    return {
      entry: item.entry,
      label: item.label,
      mtus: item.mtus,
      inForce: inForce(item, ctx),
      recent: ctx.recentRank.has(item.entry.id),
      typo: typoMatch,
    };
  }

  function matchesHint(item: Item, ctx: Context): boolean {
    for (const part of ctx.hint) if (item.bodyParts.has(part)) return true;
    return false;
  }

  function defaults(ctx: Context, limit: number): RankedEntry[] {
    const picked: Item[] = [...ctx.recentRank.keys()]
      .map((id) => byId.get(id))
      .filter((item): item is Item => item !== undefined);
    const usable = items.filter((item) => inForce(item, ctx) !== false && matchesHint(item, ctx));
    picked.push(...usable.filter((item) => item.mtus), ...usable.filter((item) => !item.mtus));
    if (ctx.hint.size === 0) picked.push(...items.filter((item) => item.mtus && inForce(item, ctx) !== false));
    return [...new Set(picked)].slice(0, limit).map((item) => toRanked(item, ctx, false));
  }

  function run(query: unknown, opts: CatalogSearchOptions): RankedEntry[] {
    const limit = clampLimit(opts.limit);
    if (limit === 0) return [];
    const ctx: Context = {
      date: isoDate(opts.urDecisionDate),
      recentRank: recentRanks(opts.recentIds),
      hint: hintParts(opts.bodyPartHint),
    };
    const needle = normalizeCatalogQuery(query);
    if (needle === '') return defaults(ctx, limit);

    let order = match(exact, needle);
    const typoMatch = order.length === 0;
    if (typoMatch) order = match(typo, needle);

    // One or two letters match most of the catalog and say nothing about the topic yet: fuzzy order is enough.
    const terms = needle.length <= 2 ? [] : needle.split(' ').map(matchTerm);
    const scored = order.map((hayIdx, fuzzyRank) => {
      const item = items[hayIdx] as Item;
      const match = catalogMatchScore(item.words, terms);
      return {
        item,
        fuzzyRank,
        covered: match.covered,
        weight: match.weight,
        topicShare: match.topicShare,
        inForce: inForce(item, ctx) === false ? 1 : 0,
        mtus: item.mtus ? 0 : 1,
        recent: ctx.recentRank.get(item.entry.id) ?? MAX_RECENT,
        hint: matchesHint(item, ctx) ? 0 : 1,
      };
    });
    // In force first; then entries that answer every word, MTUS before the rest (8 CCR 9792.21.1), recent picks; then
    // where the words match best (topic over source names, side by side), one chapter's page ranges in page order,
    // the entry the query names most specifically; the item's body part breaks what is left.
    scored.sort(
      (a, b) =>
        a.inForce - b.inForce ||
        b.covered - a.covered ||
        a.mtus - b.mtus ||
        a.recent - b.recent ||
        b.weight - a.weight ||
        (a.item.group === b.item.group ? a.item.words.firstPage - b.item.words.firstPage : 0) ||
        b.topicShare - a.topicShare ||
        a.hint - b.hint ||
        a.fuzzyRank - b.fuzzyRank,
    );
    return scored.slice(0, limit).map((s) => toRanked(s.item, ctx, typoMatch));
  }

  return {
    search(query, opts) {
      try {
        return run(query, opts ?? {});
      } catch {
        // The picker runs on every keystroke: an unexpected input shows no hits rather than breaking the editor.
        return [];
      }
    },
  };
}

function clampLimit(limit: unknown): number {
  if (typeof limit !== 'number' || Number.isNaN(limit)) return DEFAULT_LIMIT;
  return Math.max(0, Math.min(MAX_LIMIT, Math.floor(limit)));
}

function isoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  return match?.[1] ?? null;
}

function recentRanks(ids: unknown): Map<string, number> {
  const ranks = new Map<string, number>();
  if (!Array.isArray(ids)) return ranks;
  for (const id of ids.slice(0, MAX_RECENT)) if (typeof id === 'string' && !ranks.has(id)) ranks.set(id, ranks.size);
  return ranks;
}

function hintParts(parts: unknown): Set<string> {
  if (!Array.isArray(parts)) return new Set();
  return new Set(
    parts
      .slice(0, 20)
      .map(canonicalBodyPart)
      .filter((p): p is string => p !== null),
  );
}

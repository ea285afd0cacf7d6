import type { CatalogEntry, CitationFamily } from '../citation';
import { bodyPartAliases } from './bodyPartAliases';
import { topicAliases } from './topicAliases';

/**
 * The searchable text of one catalog entry, lower-case, in the order the ranker joins it: what the entry is about
 * first, so a match there starts earlier and ranks higher than one in the source names at the end.
 */
export interface HaystackFields {
  chapter: string;
  topic: string;
  bodyParts: string;
  aliases: string;
  pages: string;
  source: string;
}

const familyWords: Record<CitationFamily, string> = {
  mtus_acoem_2004: 'mtus acoem 2004',
  mtus_cpmtg: 'mtus cpmtg',
  mtus_postsurgical: 'mtus pstg',
  mtus_acupuncture: 'mtus amtg',
  mtus_opioids_2016: 'mtus 2016',
  mtus_acoem_2017: 'mtus acoem',
  mtus_formulary: 'mtus',
  odg: 'odg nonmtus',
  acoem_non_mtus: 'nonmtus acoem',
  literature: 'nonmtus literature',
};

const aliasPatterns = topicAliases.map(
  ([fragment, aliases]) => [new RegExp(`\\b${fragment.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`), aliases] as const,
);

export function buildHaystackFields(entry: CatalogEntry): HaystackFields {
  const wording = [entry.guideline, entry.chapterTitle, entry.topic].filter(Boolean).join(' ').toLowerCase();
  const reference = [entry.authors, entry.journal, entry.year, entry.pmid, entry.doi].filter(
    (v) => v != null && v !== '',
  );
  return {
    chapter: [
      entry.chapterTitle,
      entry.chapterNo ? `chapter ${entry.chapterNo} ch${entry.chapterNo}` : null,
      ...reference,
    ]
      .filter(Boolean)
      .join(' ')
      .toLowerCase(),
    topic: (entry.topic ?? '').toLowerCase(),
    bodyParts: entry.bodyParts.flatMap((part) => [part, ...(bodyPartAliases[part] ?? [])]).join(' '),
    aliases: aliasPatterns
      .filter(([re]) => re.test(wording))
      .map(([, words]) => words)
      .join(' '),
    pages: [entry.pages, entry.regSection].filter(Boolean).join(' ').toLowerCase(),
    source: `${familyWords[entry.family]} ${entry.guideline.toLowerCase()}`,
  };
}

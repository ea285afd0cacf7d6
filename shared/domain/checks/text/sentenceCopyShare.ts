import { splitSentences } from './splitSentences';
import { wordsOf } from './wordShingles';

const STOP = new Set(
  'a an the of to in on at for with and or by from as is are was were be been being has have had this that these those it its his her she he they their there which who whom whose than then also per over under into about after before since while did does do not no'.split(
    ' ',
  ),
);

/** Words a light rewording swaps for each other ("claimant" for "patient"), read as one. */
const SAME = new Map<string, string>(
  Object.entries({
    claimant: 'patient',
    employee: 'patient',
    applicant: 'patient',
    worker: 'patient',
    woman: 'female',
    man: 'male',
    lady: 'female',
    gentleman: 'male',
    injured: 'injury',
    sustained: 'injury',
    complains: 'report',
    complained: 'report',
    reports: 'report',
    reported: 'report',
    states: 'report',
    stated: 'report',
    notes: 'report',
    noted: 'report',
    describes: 'report',
    described: 'report',
    exam: 'examination',
    revealed: 'show',
    showed: 'show',
    shows: 'show',
    demonstrated: 'show',
    documented: 'show',
    physician: 'provider',
    doctor: 'provider',
    requests: 'request',
    requested: 'request',
    medications: 'medication',
    meds: 'medication',
    xray: 'x-ray',
    radiograph: 'x-ray',
  }),
);

function stem(word: string): string {
  const same = SAME.get(word);
  if (same !== undefined) return same;
  if (word.length <= 4 || /\d/.test(word)) return word;
  return word.replace(/(?:ies|es|s|ed|ing|ly)$/, '');
}

interface SentenceSets {
  words: number;
  unigrams: Set<string>;
  bigrams: Set<string>;
}

function setsOf(sentence: string): SentenceSets {
  const all = wordsOf(sentence);
  const content = all.filter((w) => !STOP.has(w)).map(stem);
  const bigrams = new Set<string>();
  for (let i = 0; i + 1 < content.length; i++) bigrams.add(`${content[i]} ${content[i + 1]}`);
  return { words: all.length, unigrams: new Set(content), bigrams };
}

interface SourceIndex {
  sentences: SentenceSets[];
  byWord: Map<string, number[]>;
}

let lastSource: { text: string; index: SourceIndex } | null = null;

/** The source (a long UR letter) is indexed once and reused while the reviewer types. */
function sourceIndex(source: string): SourceIndex {
  if (lastSource?.text === source) return lastSource.index;
  const sentences = splitSentences(source).map(setsOf);
  const byWord = new Map<string, number[]>();
  sentences.forEach((s, i) => {
    for (const w of s.unigrams) {
      const list = byWord.get(w) ?? [];
      list.push(i);
      byWord.set(w, list);
    }
  });
  const index = { sentences, byWord };
  lastSource = { text: source, index };
  return index;
}

/** How much of a sentence one source sentence covers: its content words and word pairs, averaged. */
function similarity(own: SentenceSets, theirs: SentenceSets): number {
  let uni = 0;
  for (const w of own.unigrams) if (theirs.unigrams.has(w)) uni++;
  let bi = 0;
  for (const b of own.bigrams) if (theirs.bigrams.has(b)) bi++;
  const u = own.unigrams.size === 0 ? 0 : uni / own.unigrams.size;
  const b = own.bigrams.size === 0 ? u : bi / own.bigrams.size;
  return (u + b) / 2;
}

/** A summary sentence this close to one UR sentence is that sentence reworded. */
export const COPIED_SENTENCE_SIMILARITY = 0.58;
const MIN_WORDS = 5;

/**
 * Share of the summary's words that stand in sentences copied from the source, lightly reworded or not: each
 * sentence is compared with its closest source sentence, so synonyms, dropped words and reordered clauses still match.
 */
export function sentenceCopyShare(summary: string, source: string): { share: number; words: number } {
  const index = sourceIndex(source);
  let copied = 0;
  let total = 0;
  for (const sentence of splitSentences(summary)) {
    const own = setsOf(sentence);
    total += own.words;
    if (own.words < MIN_WORDS) continue;
    const candidates = new Set<number>();
    for (const w of own.unigrams) for (const i of index.byWord.get(w) ?? []) candidates.add(i);
    let best = 0;
    for (const i of candidates) {
      const theirs = index.sentences[i];
      if (theirs !== undefined) best = Math.max(best, similarity(own, theirs));
      if (best >= COPIED_SENTENCE_SIMILARITY) break;
    }
    if (best >= COPIED_SENTENCE_SIMILARITY) copied += own.words;
  }
  return { share: total === 0 ? 0 : copied / total, words: total };
}

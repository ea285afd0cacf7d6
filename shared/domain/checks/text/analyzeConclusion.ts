import { readSentence, type Polarity } from './sentencePolarity';
import { splitSentences } from './splitSentences';

export type ConclusionVerdict = 'necessary' | 'not_necessary' | 'ambiguous' | 'missing';

export interface StatedConclusion {
  readonly polarity: Polarity;
  readonly sentence: string;
  /** About this request for sure (names it, closes the argument, decides the UR decision). */
  readonly firm: boolean;
}

export interface ConclusionAnalysis {
  readonly verdict: ConclusionVerdict;
  /** The concluding sentence as written, or null when none was found. */
  readonly sentence: string | null;
  /** Every sentence where the reviewer states a conclusion, in order. */
  readonly conclusions: readonly StatedConclusion[];
}

/** A rationale longer than this is read from its last part; no real rationale comes near it. */
const MAX_CHARS = 40_000;

/**
 * The reviewer's conclusion, wherever it stands: the last sentence that states one about the request (a closing remark
 * may follow it). Sentences that report the UR's or another physician's view, or speak of guidelines in general, or
 * only hypothetically, are not the reviewer's conclusion.
 */
export function analyzeConclusion(rationaleText: string, itemName?: string): ConclusionAnalysis {
  const truncated = rationaleText.length > MAX_CHARS;
  const all = splitSentences(truncated ? rationaleText.slice(-MAX_CHARS) : rationaleText);
  const sentences = (truncated ? all.slice(1) : all).filter((s) => /\p{L}/u.test(s));
  const conclusions: StatedConclusion[] = [];
  for (const sentence of sentences) {
    const { polarity, firm } = readSentence(sentence, itemName);
    if (polarity !== null) conclusions.push({ polarity, sentence, firm });
  }
  const main = conclusions.findLast((c) => c.firm) ?? conclusions[conclusions.length - 1];
  if (main === undefined) return { verdict: 'missing', sentence: null, conclusions };
  return {
    verdict: main.polarity === 'mixed' ? 'ambiguous' : main.polarity,
    sentence: main.sentence,
    conclusions,
  };
}

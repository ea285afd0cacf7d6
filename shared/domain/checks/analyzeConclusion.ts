import { sentencePolarity } from './sentencePolarity';
import { splitSentences } from './splitSentences';

export type ConclusionVerdict = 'necessary' | 'not_necessary' | 'ambiguous' | 'missing';

export interface ConclusionAnalysis {
  readonly verdict: ConclusionVerdict;
  /** The concluding sentence as written, or null when none was found. */
  readonly sentence: string | null;
}

/** The closing statement sits at the end of a rationale ("Therefore, the request ... is not medically necessary."). */
const CLOSING_WINDOW = 3;

export function analyzeConclusion(rationaleText: string): ConclusionAnalysis {
  const sentences = splitSentences(rationaleText).filter((s) => /\p{L}/u.test(s));
  for (let i = sentences.length - 1; i >= Math.max(0, sentences.length - CLOSING_WINDOW); i--) {
    const sentence = sentences[i] ?? '';
    const polarity = sentencePolarity(sentence);
    if (polarity === null) continue;
    return { verdict: polarity === 'mixed' ? 'ambiguous' : polarity, sentence };
  }
  return { verdict: 'missing', sentence: null };
}

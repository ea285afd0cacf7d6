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
/** Only the tail can hold the closing sentences; splitting all of a long rationale on every keystroke is waste. */
const TAIL_CHARS = 3000;

export function analyzeConclusion(rationaleText: string): ConclusionAnalysis {
  const truncated = rationaleText.length > TAIL_CHARS;
  const all = splitSentences(truncated ? rationaleText.slice(-TAIL_CHARS) : rationaleText);
  const sentences = (truncated ? all.slice(1) : all).filter((s) => /\p{L}/u.test(s));
  for (let i = sentences.length - 1; i >= Math.max(0, sentences.length - CLOSING_WINDOW); i--) {
    const sentence = sentences[i] ?? '';
    const polarity = sentencePolarity(sentence);
    if (polarity === null) continue;
    return { verdict: polarity === 'mixed' ? 'ambiguous' : polarity, sentence };
  }
  return { verdict: 'missing', sentence: null };
}

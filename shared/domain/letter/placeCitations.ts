/** How citation chips in the rationale print in the letter; real letters carry citations on the guideline line only. */
export type InlineCitationStyle = 'none' | 'short' | 'full';

export interface ChipText {
  full: string;
  short: string;
}

/** Brackets a chip's number in a run of text while the paragraph is assembled (a private-use character). */
export const CHIP_MARK = '\uE000';

const M = CHIP_MARK;
/** One chip, or several in a row separated by spaces, commas or semicolons. */
const RUN = new RegExp(`${M}\\d+${M}(?:\\s*[;,]?\\s*${M}\\d+${M})*`, 'g');
const NUMBER = new RegExp(`${M}(\\d+)${M}`, 'g');

/**
 * Prints the chips of one run of text in the chosen style and mends what they leave around them: no space before
 * punctuation, no doubled spaces, no brackets left empty ("conditions; physiologic", "conditions MTUS ACOEM Chapter 8
 * ... Page(s): 179-180; physiologic", "(ACOEM Ch. 12, pp. 303-304; ODG Low Back)").
 */
export function placeCitations(
  text: string,
  style: InlineCitationStyle,
  chip: (index: number) => ChipText | undefined,
): string {
  let out = text.replace(RUN, (run) => {
    if (style === 'none') return M;
    const labels = [...run.matchAll(NUMBER)].map((m) => chip(Number(m[1]))?.[style] ?? '').filter(Boolean);
    return labels.length === 0 ? M : ` ${labels.join('; ')} `;
  });
  // Brackets that held only chips, then the spaces a removed chip leaves behind.
  out = out
    .replace(new RegExp(`\\s*[(\\[]\\s*${M}\\s*[)\\]]`, 'g'), M)
    .replace(new RegExp(`\\s*${M}\\s*(?=[.,;:!?)\\]]|$)`, 'g'), '')
    .replace(new RegExp(`^\\s*${M}\\s*`, 'g'), '')
    .replace(new RegExp(`\\s*${M}\\s*`, 'g'), ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/ +([.,;:!?)\]])/g, '$1')
    .replace(/([([]) +/g, '$1')
    .replace(/[,;:]+(?=[.!?])/g, '');
  return out;
}

import type { CitationSnapshot } from '../citation';

/**
 * The reviewer-guideline line in the house format of the sample letter: one "Decision based on <citation>."
 * sentence per chip, MTUS before non-MTUS (8 CCR 9792.21.1), otherwise in the order the reviewer cited them.
 */
export function formatGuidelineLine(citations: readonly CitationSnapshot[]): string {
  const ordered = [...citations.filter((c) => c.mtus), ...citations.filter((c) => !c.mtus)];
  return ordered.map((c) => `Decision based on ${c.label}.`).join(' ');
}

import type { CitationSnapshot } from '../citation';
import { formatGuidelineLine } from './formatGuidelineLine';

/** The "Claims Administrator guideline:" line: the UR's citations, saying so first when none of them is MTUS. */
export function formatClaimsAdministratorLine(citations: readonly CitationSnapshot[]): string {
  if (citations.length === 0) return 'The Claims Administrator did not cite any medical evidence for its decision.';
  const line = formatGuidelineLine(citations);
  return citations.some((c) => c.mtus)
    ? line
    : `The Claims Administrator did not base their decision on the MTUS. ${line}`;
}

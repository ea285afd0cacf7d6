import type { CitationSnapshot } from '../citation';

/**
 * The reviewer-guideline line in the house format of the sample letter: one "Decision based on <citation>."
 * sentence per chip, MTUS before non-MTUS (8 CCR 9792.21.1), otherwise in the order the reviewer cited them.
 */
export function formatGuidelineLine(citations: readonly CitationSnapshot[]): string {
  const ordered = [...citations.filter((c) => c.mtus), ...citations.filter((c) => !c.mtus)];
  const sentences: string[] = [];
  ordered.forEach((citation, i) => {
    const previous = ordered[i - 1];
    // Literature after a Non-MTUS chip continues that sentence unseparated, as the IMRO prints it ("…Low Back ChapterOther Medical…").
    if (citation.family === 'literature' && previous && !previous.mtus && sentences.length > 0) {
      sentences[sentences.length - 1] += citation.label;
    } else {
      sentences.push(`Decision based on ${citation.label}`);
    }
  });
  return sentences.map((s) => (s.endsWith('.') ? s : `${s}.`)).join(' ');
}

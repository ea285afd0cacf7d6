import { itemCitationsOf, type DisputedItem, type ItemDetermination } from '..';
import { formatGuidelineLine } from '../../citations';

import { labelledParagraph } from './labelledParagraph';
import type { LetterBlock } from './letterModel';
import type { InlineCitationStyle } from './placeCitations';
import { richTextToLetterBlocks } from './richTextToLetterBlocks';

const NO_CA_CITATION = 'The Claims Administrator did not cite any medical evidence for its decision.';
const DECISION_LABELS = { upheld: 'Upheld', overturned: 'Overturned', undecided: 'Not yet decided' } as const;

/** One disputed item: "<item>:  Upheld|Overturned", both guideline lines (the reviewer's from the item's citation list), then the rationale. */
export function buildItemBlocks(
  item: DisputedItem,
  det: ItemDetermination | undefined,
  reviewerGuidelineLabel: string,
  inlineCitations: InlineCitationStyle = 'none',
): LetterBlock[] {
  const decision = DECISION_LABELS[det?.decision ?? 'undecided'];
  const caGuideline = det?.caGuideline.trim() || item.caGuideline.trim() || NO_CA_CITATION;
  const rationale = det ? richTextToLetterBlocks(det.rationale, inlineCitations) : [];
  const first = rationale[0];
  const rationaleBlocks =
    first?.kind === 'paragraph'
      ? [labelledParagraph('Decision rationale', first.inlines), ...rationale.slice(1)]
      : [labelledParagraph('Decision rationale', ''), ...rationale];
  return [
    { kind: 'heading', level: 2, text: `${item.requestedTreatment.trim()}:  ${decision}` },
    labelledParagraph('Claims Administrator guideline', caGuideline),
    labelledParagraph(reviewerGuidelineLabel, det ? formatGuidelineLine(itemCitationsOf(det)) : ''),
    ...rationaleBlocks,
  ];
}

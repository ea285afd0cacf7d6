import type { CaseRecord, Determination, DisputedItem, DocumentMeta, ReviewerProfile } from '..';

import { buildDocumentsReviewed, type DocumentEncounter } from './buildDocumentsReviewed';
import { buildItemBlocks } from './buildItemBlocks';
import { buildLetterHeader } from './buildLetterHeader';
import { buildQualificationsParagraph } from './buildQualificationsParagraph';
import type { LetterBlock, LetterModel } from './letterModel';
import type { InlineCitationStyle } from './placeCitations';
import { richTextToLetterBlocks } from './richTextToLetterBlocks';

export interface LetterSettings {
  /** Label of the reviewer's guideline line; the sample prints "MAXIMUS guideline". */
  reviewerGuidelineLabel: string;
  /** The IMRO, e.g. "MAXIMUS Federal Services". */
  organisationName: string;
  /** How citation chips in the text print; 'none' (the default) as in real letters, where the guideline line carries them. */
  inlineCitations?: InlineCitationStyle | undefined;
}

export interface LetterInput {
  case: CaseRecord;
  items: DisputedItem[];
  determination: Determination;
  documents: DocumentMeta[];
  /** Encounters found inside compilations: the documents-reviewed list shows their dates. */
  encounters?: DocumentEncounter[];
  profile: ReviewerProfile;
  settings: LetterSettings;
  /** YYYY-MM-DD */
  decisionDate: string;
}

/** The Final Determination Letter in the order and wording of the sample letter. */
export function buildLetterModel(input: LetterInput): LetterModel {
  const items = [...input.items].sort((a, b) => a.position - b.position);
  const byItem = new Map(input.determination.items.map((d) => [d.itemId, d]));
  const paragraph = (text: string): LetterBlock => ({
    kind: 'paragraph',
    inlines: [{ text, bold: false, italic: false }],
  });
  const heading = (text: string): LetterBlock => ({ kind: 'heading', level: 1, text });
  const reviewed = buildDocumentsReviewed(input.documents, input.encounters);
  const inlineCitations = input.settings.inlineCitations ?? 'none';
  const blocks: LetterBlock[] = [
    ...buildLetterHeader(input.case, items, input.settings.organisationName, input.decisionDate),
    heading('HOW THE IMR FINAL DETERMINATION WAS MADE'),
    paragraph(buildQualificationsParagraph(input.settings.organisationName, input.profile)),
    heading('CLINICAL CASE SUMMARY'),
    paragraph(
      'The expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:',
    ),
    ...richTextToLetterBlocks(input.determination.summary, inlineCitations),
    heading('IMR ISSUES, DECISIONS AND RATIONALES'),
    paragraph('The Final Determination was based on decisions for the disputed items/services set forth below:'),
    ...items.flatMap((item) =>
      buildItemBlocks(item, byItem.get(item.id), input.settings.reviewerGuidelineLabel, inlineCitations),
    ),
    heading('DOCUMENTS REVIEWED'),
    reviewed.length === 0
      ? paragraph('No documents are listed in the case file.')
      : { kind: 'list', ordered: false, start: 1, items: reviewed.map((line) => [paragraph(line.text)]) },
  ];
  return {
    caseNumber: input.case.caseNumber,
    title: `IMR Final Determination ${input.case.caseNumber}`,
    decisionDate: input.decisionDate,
    blocks,
  };
}

import type { CaseRecord, DisputedItem } from '../caseModel';
import { formatLetterDate } from './formatLetterDate';
import { labelledParagraph } from './labelledParagraph';
import type { LetterBlock } from './letterModel';

/** The header block: case number, priority, the case's dates and the treatments in dispute. */
export function buildLetterHeader(
  record: CaseRecord,
  items: readonly DisputedItem[],
  organisationName: string,
  decisionDate: string,
): LetterBlock[] {
  return [
    { kind: 'paragraph', inlines: [{ text: organisationName, bold: true, italic: false }] },
    { kind: 'heading', level: 1, text: 'Independent Medical Review Final Determination' },
    labelledParagraph('IMR Case Number', record.caseNumber),
    labelledParagraph('Priority', record.priority === 'expedited' ? 'Expedited' : 'Standard'),
    labelledParagraph('Application Received', record.applicationDate === null ? 'Not recorded' : formatLetterDate(record.applicationDate)),
    labelledParagraph('UR Denial Date', formatLetterDate(record.urDecisionDate)),
    labelledParagraph('Decision Date', formatLetterDate(decisionDate)),
    labelledParagraph('Date of Injury', formatLetterDate(record.dateOfInjury)),
    labelledParagraph('Treatment(s) in Dispute', items.map((i) => i.requestedTreatment.trim()).join('; ')),
  ];
}

import type { CaseRecord, DisputedItem } from '..';
import { formatLetterDate } from './formatLetterDate';
import type { LetterBlock, LetterInline } from './letterModel';

/** The header block: case number, priority, the case's dates and the treatments in dispute, one field a line. */
export function buildLetterHeader(
  record: CaseRecord,
  items: readonly DisputedItem[],
  organisationName: string,
  decisionDate: string,
): LetterBlock[] {
  const fields: Array<[string, string]> = [
    ['IMR Case Number', record.caseNumber],
    ['Priority', record.priority === 'expedited' ? 'Expedited' : 'Standard'],
    [
      'Application Received',
      record.applicationDate === null ? 'Not recorded' : formatLetterDate(record.applicationDate),
    ],
    ['UR Denial Date', formatLetterDate(record.urDecisionDate)],
    ['Decision Date', formatLetterDate(decisionDate)],
    ['Date of Injury', formatLetterDate(record.dateOfInjury)],
    ['Treatment(s) in Dispute', items.map((i) => i.requestedTreatment.trim()).join('; ')],
  ];
  const inlines: LetterInline[] = fields.flatMap(([label, value], i) => [
    ...(i === 0 ? [] : [{ lineBreak: true as const }]),
    { text: `${label}: `, bold: true, italic: false },
    { text: value, bold: false, italic: false },
  ]);
  return [
    { kind: 'paragraph', inlines: [{ text: organisationName, bold: true, italic: false }] },
    { kind: 'heading', level: 1, text: 'Independent Medical Review Final Determination' },
    { kind: 'paragraph', inlines },
  ];
}

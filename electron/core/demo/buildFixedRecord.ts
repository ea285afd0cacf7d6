import type { FixedRecordSpec } from './demoCaseSpec';
import { formatRecordDate } from './formatRecordDate';
import type { RecordDraft } from './recordDraft';

export function buildFixedRecord(spec: Omit<FixedRecordSpec, 'daysBeforeUr'>, date: string): RecordDraft {
  return {
    title: spec.title,
    docType: spec.docType,
    provider: spec.provider,
    organization: spec.organization,
    serviceDate: date,
    dateLine: `Date of service: ${formatRecordDate(date)}`,
    sections: [[...spec.paragraphs, `Electronically signed by ${spec.provider} on ${formatRecordDate(date)}.`]],
  };
}

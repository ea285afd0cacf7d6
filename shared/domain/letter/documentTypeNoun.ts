import type { DocumentType } from '..';

const NOUNS: Record<DocumentType, [singular: string, plural: string]> = {
  progress_note: ['Progress note', 'Progress notes'],
  ur_denial: ['Utilization review determination', 'Utilization review determinations'],
  imaging_report: ['Imaging report', 'Imaging reports'],
  procedure_note: ['Procedure note', 'Procedure notes'],
  consultation: ['Consultation report', 'Consultation reports'],
  imr_application: ['Application for Independent Medical Review', 'Applications for Independent Medical Review'],
  correspondence: ['Correspondence', 'Correspondence'],
  other: ['Other record', 'Other records'],
  rfa: ['Request for Authorization', 'Requests for Authorization'],
  therapy_note: ['Therapy note', 'Therapy notes'],
  diagnostic_test: ['Diagnostic test report', 'Diagnostic test reports'],
  medical_legal: ['Medical-legal report', 'Medical-legal reports'],
  hospital_record: ['Hospital record', 'Hospital records'],
  pharmacy_record: ['Pharmacy record', 'Pharmacy records'],
};

/** How the documents-reviewed list names a document type, by count. */
export function documentTypeNoun(type: DocumentType, count: number): string {
  return NOUNS[type][count === 1 ? 0 : 1];
}

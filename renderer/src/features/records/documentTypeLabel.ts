import type { DocumentType } from '../../../../shared/domain';

const TYPE_LABELS: Record<DocumentType, string> = {
  progress_note: 'Progress note',
  ur_denial: 'UR denial',
  imaging_report: 'Imaging',
  procedure_note: 'Procedure',
  consultation: 'Consultation',
  imr_application: 'IMR application',
  correspondence: 'Correspondence',
  other: 'Other',
  rfa: 'RFA',
  therapy_note: 'Therapy note',
  diagnostic_test: 'Diagnostic test',
  medical_legal: 'Medical-legal',
  hospital_record: 'Hospital record',
  pharmacy_record: 'Pharmacy',
};

export function documentTypeLabel(type: DocumentType): string {
  return TYPE_LABELS[type];
}

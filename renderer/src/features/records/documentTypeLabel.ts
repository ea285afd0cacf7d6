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
};

export function documentTypeLabel(type: DocumentType): string {
  return TYPE_LABELS[type];
}

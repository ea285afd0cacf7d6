import type { CaseStatus } from '../../../../shared/domain';

const LABELS: Record<CaseStatus, string> = {
  assigned: 'Assigned',
  in_progress: 'In progress',
  ready_to_sign: 'Ready to sign',
  signed: 'Signed',
  uploaded: 'Uploaded',
  withdrawn: 'Withdrawn',
};

export function statusLabel(status: CaseStatus): string {
  return LABELS[status];
}

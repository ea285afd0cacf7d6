import type { AssignmentChange } from '../../shared/sync';
import type { ChangeRow } from '../repositories';

/** The payload column holds the change without its sequence, exactly as it was announced. */
export type ChangePayload = DistributiveOmit<AssignmentChange, 'seq' | 'kind' | 'caseId'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export function toAssignmentChange(row: ChangeRow): AssignmentChange {
  const payload = JSON.parse(row.payloadJson) as ChangePayload;
  return { ...payload, seq: row.seq, kind: row.kind, caseId: row.caseId } as AssignmentChange;
}

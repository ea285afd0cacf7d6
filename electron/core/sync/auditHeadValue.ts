import { auditHeadOf } from '../audit';
import type { Workspace } from '../workspace';

/** The audit head as the sync requests carry it (AUDIT_HEAD_HEADER): `<event id>:<sha256>`, or null for an empty trail. */
export function auditHeadValue(ws: Pick<Workspace, 'db'>): string | null {
  const head = ws.db.open ? auditHeadOf(ws.db) : null;
  return head ? `${head.id}:${head.hash}` : null;
}

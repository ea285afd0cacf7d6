import { auditHeadOf } from '../audit';
import type { Workspace } from '../workspace';
import type { SyncAudit } from './createSyncClient';

/**
 * The audit head as the sync requests carry it (AUDIT_HEAD_HEADER, `<event id>:<sha256>`) with its trail's name
 * (AUDIT_CHAIN_HEADER, the first event's hash), or null for an empty trail.
 */
export function auditHeadValue(ws: Pick<Workspace, 'db'>): ReturnType<NonNullable<SyncAudit['head']>> {
  const head = ws.db.open ? auditHeadOf(ws.db) : null;
  if (!head) return null;
  const first = ws.db.prepare('select hash from audit_events order by id limit 1').get() as { hash: string };
  return { head: `${head.id}:${head.hash}`, chain: first.hash };
}

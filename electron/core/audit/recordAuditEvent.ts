import { AppError } from '../../../shared/ipc';
import { appendAuditEvent, latestAuditEvent } from '../db';
import type { Workspace } from '../workspace';
import type { AuditAction } from './auditActions';
import { auditDetailsProblem } from './auditDetailsProblem';

export interface AuditEventSpec {
  action: AuditAction;
  caseId: string | null;
  details?: Record<string, unknown>;
  actor?: string;
  /** Skip the event when the same action for the same case was recorded this recently and `sameAs` says it is a repeat. */
  coalesceMs?: number;
  sameAs?(previousDetails: Record<string, unknown>): boolean;
}

/**
 * The one way capabilities add to the audit trail (hash-chained, append-only). Call it inside the service's
 * transaction so the event commits with the change it describes. Returns the event id, or null when coalesced.
 */
export function recordAuditEvent(ws: Workspace, spec: AuditEventSpec): number | null {
  const details = spec.details ?? {};
  const problem = auditDetailsProblem(details);
  if (problem)
    throw new AppError('INTERNAL', `An audit event for ${spec.action} was refused: its details contain ${problem}.`);
  const at = ws.clock.now().toISOString();
  if (spec.coalesceMs !== undefined) {
    const last = latestAuditEvent(ws.db, spec.action, spec.caseId);
    const recent = last && Date.parse(at) - Date.parse(last.at) < spec.coalesceMs;
    if (recent && (spec.sameAs?.(JSON.parse(last.details_json) as Record<string, unknown>) ?? true)) return null;
  }
  return appendAuditEvent(ws.db, {
    actor: spec.actor ?? 'reviewer',
    action: spec.action,
    caseId: spec.caseId,
    details,
    at,
  });
}

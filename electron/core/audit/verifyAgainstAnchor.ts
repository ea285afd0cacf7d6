import { AppError, type AuditVerification } from '../../../shared/ipc';
import type { Db } from '../db';
import type { Workspace } from '../workspace';
import type { AuditAnchorStore } from './auditAnchorStore';
import { auditHeadOf, checkAuditAnchor } from './checkAuditAnchor';
import { recordAuditEvent } from './recordAuditEvent';
import { verifyAuditTrail } from './verifyAuditTrail';

/** The chain's own check, and the anchored head when there is one: a consistent but rolled-back trail is not ok. */
export function verifyAgainstAnchor(db: Db, anchors: AuditAnchorStore | null): AuditVerification {
  const chain = verifyAuditTrail(db);
  if (!anchors) return { ...chain, anchor: null };
  const anchor = checkAuditAnchor(db, anchors);
  return { ...chain, ok: chain.ok && (anchor.state === 'ok' || anchor.state === 'unanchored'), anchor };
}

/**
 * The reviewer understood a reported rollback (for instance they restored an old copy themselves): it is written into
 * the trail — which head was anchored and where the trail now ends — and the current head is anchored from now on.
 */
export function acceptAuditRollback(
  ws: Workspace,
  anchors: AuditAnchorStore | null,
  anchorNow: (force: boolean) => void,
): AuditVerification {
  if (!anchors)
    throw new AppError('NOT_FOUND', 'This workspace keeps no audit anchor, so there is no rollback to accept.');
  const before = checkAuditAnchor(ws.db, anchors);
  if (before.state === 'ok' || before.state === 'unanchored') return verifyAgainstAnchor(ws.db, anchors);
  ws.db.transaction(() =>
    recordAuditEvent(ws, {
      action: 'audit.rollback_accepted',
      caseId: null,
      details: {
        found: before.state,
        anchoredId: before.anchoredId,
        anchoredHash: before.anchoredHash,
        anchoredAt: before.anchoredAt,
        trailEndedAt: auditHeadOf(ws.db)?.id ?? 0,
      },
    }),
  )();
  anchorNow(true);
  return verifyAgainstAnchor(ws.db, anchors);
}

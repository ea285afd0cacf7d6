import { parseSeenAuditHead } from '../../../shared/sync';
import type { Db } from '../db';
import type { AuditAnchorStore } from './auditAnchorStore';
import { checkAuditAnchor } from './checkAuditAnchor';

/**
 * The sync server keeps the head this trail sent with its previous request. A trail that does not contain it was
 * rolled back or replaced since, even when the anchor file beside it was rolled back too: the server's head then
 * becomes the anchor, so the start-up check, `audit verify` and the status bar report the rollback until it is
 * accepted. Returns true when it moved the anchor.
 */
export function adoptServerAuditHead(db: Db, store: AuditAnchorStore, value: string): boolean {
  const seen = parseSeenAuditHead(value);
  if (!seen || !db.open) return false;
  const at = db.prepare('select hash from audit_events where id = ?').get(seen.eventId) as { hash: string } | undefined;
  if (at?.hash === seen.hash) return false;
  // A rollback already on record stays as it is: it names the furthest head known here.
  const local = checkAuditAnchor(db, store).state;
  if (local !== 'ok' && local !== 'unanchored') return false;
  store.write({ id: seen.eventId, hash: seen.hash, at: seen.seenAt });
  return true;
}

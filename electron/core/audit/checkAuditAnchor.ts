import type { AuditAnchorCheck } from '../../../shared/ipc';
import type { Db } from '../db';
import type { AuditAnchorStore } from './auditAnchorStore';

/** The trail as it is now: its last event, or null when it is empty. */
export function auditHeadOf(db: Db): { id: number; hash: string } | null {
  return (
    (db.prepare('select id, hash from audit_events order by id desc limit 1').get() as
      { id: number; hash: string } | undefined) ?? null
  );
}

/** Compares the trail with the head anchored outside the workspace. */
export function checkAuditAnchor(db: Db, store: AuditAnchorStore): AuditAnchorCheck {
  const anchored = store.read();
  const base = { where: store.where, anchoredId: null, anchoredHash: null, anchoredAt: null };
  if (anchored === null)
    return { ...base, state: 'unanchored', message: 'No audit head has been anchored for this workspace folder yet.' };
  if (anchored === 'unreadable')
    return {
      ...base,
      state: 'unreadable',
      message: `The audit anchor ${store.where} cannot be read (damaged, or sealed by another keychain), so a rollback cannot be ruled out.`,
    };
  const known = { ...base, anchoredId: anchored.id, anchoredHash: anchored.hash, anchoredAt: anchored.at };
  const head = auditHeadOf(db);
  if (anchored.id === 0) return { ...known, state: 'ok', message: 'The trail continues the anchored (empty) head.' };
  if (!head || head.id < anchored.id)
    return {
      ...known,
      state: 'rolled-back',
      message: `ROLLED BACK: the trail ends at event ${head?.id ?? 0}, but event ${anchored.id} was anchored on ${anchored.at}. An older copy of the database was put in place: events ${(head?.id ?? 0) + 1} to ${anchored.id} (edits, signatures, uploads) are missing from it. Restore the newest backup, or if this was intended, record it with "audit accept-rollback".`,
    };
  const at = db.prepare('select hash from audit_events where id = ?').get(anchored.id) as { hash: string } | undefined;
  if (at?.hash !== anchored.hash)
    return {
      ...known,
      state: 'rewritten',
      message: `ROLLED BACK OR REWRITTEN: event ${anchored.id} is not the one anchored on ${anchored.at}. An older copy of the database was put in place and used since, or the trail was rebuilt: what happened after that copy was made is missing. Restore the newest backup, or if this was intended, record it with "audit accept-rollback".`,
    };
  return {
    ...known,
    state: 'ok',
    message: `The trail contains the head anchored on ${anchored.at} (event ${anchored.id}).`,
  };
}

/** Anchors the trail's head now (only when it continues the anchored one: a rollback stays on record until accepted). */
export function anchorAuditHead(db: Db, store: AuditAnchorStore, at: string, force = false): boolean {
  const check = checkAuditAnchor(db, store);
  if (!force && check.state !== 'ok' && check.state !== 'unanchored') return false;
  const head = auditHeadOf(db) ?? { id: 0, hash: '0'.repeat(64) };
  if (!force && check.anchoredId === head.id && check.anchoredHash === head.hash) return true;
  store.write({ ...head, at });
  return true;
}

/** What the trail records; details carry ids, page numbers and counts, never record or rationale text. */
export const AUDIT_ACTIONS = [
  'case.opened',
  'document.viewed',
  'determination.edited',
  'checks.acknowledged',
  'letter.previewed',
  'letter.signed',
  'letter.exported',
  'sync.completed',
  'settings.changed',
  'session.unlocked',
  'session.locked',
  'security.passphrase_changed',
  'security.rekeyed',
  'backup.restored',
  'cases.archived',
  'audit.rollback_accepted',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

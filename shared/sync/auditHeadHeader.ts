/** An audit-trail head as the sync headers carry it. */
export interface AuditHeadValue {
  eventId: number;
  hash: string;
}

const HEAD = /^(\d{1,15}):([0-9a-f]{64})$/;
const SEEN = /^(\d{1,15}):([0-9a-f]{64})@(\d{4}-\d{2}-\d{2}T[\d:.]+Z)$/;

export function formatAuditHead(head: AuditHeadValue): string {
  return `${head.eventId}:${head.hash}`;
}

/** `<event id>:<sha256>`, or null for anything else (a header is input, not a promise). */
export function parseAuditHead(value: string | null | undefined): AuditHeadValue | null {
  const m = HEAD.exec(value ?? '');
  return m ? { eventId: Number(m[1]), hash: m[2] ?? '' } : null;
}

export function formatSeenAuditHead(head: AuditHeadValue & { seenAt: string }): string {
  return `${formatAuditHead(head)}@${head.seenAt}`;
}

export function parseSeenAuditHead(value: string | null | undefined): (AuditHeadValue & { seenAt: string }) | null {
  const m = SEEN.exec(value ?? '');
  return m ? { eventId: Number(m[1]), hash: m[2] ?? '', seenAt: m[3] ?? '' } : null;
}

import { createHash } from 'node:crypto';
import { canonicalJson } from './canonicalJson';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  id: number;
  at: string;
  actor: string;
  action: string;
  caseId: string | null;
  details: unknown;
}

/** sha256(previous hash + canonical JSON of the event, id included): changing, dropping or moving a row breaks the next link. */
export function auditHash(prevHash: string, event: ChainedFields): string {
  const body = canonicalJson({
    id: event.id,
    at: event.at,
    actor: event.actor,
    action: event.action,
    caseId: event.caseId,
    details: event.details,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

import type { Workspace } from '../workspace';
import { recordAuditEvent } from './recordAuditEvent';

const COALESCE_MS = 5 * 60_000;

/** Autosave fires every few keystrokes: one "edited" event per case per five minutes of editing is enough. */
export function recordDeterminationEdited(ws: Workspace, caseId: string, part: 'item' | 'summary'): void {
  recordAuditEvent(ws, {
    action: 'determination.edited',
    caseId,
    details: { part },
    coalesceMs: COALESCE_MS,
    sameAs: (prev) => prev['part'] === part,
  });
}

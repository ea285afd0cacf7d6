import { recordAuditEvent } from '../audit';
import { requireCase } from '../cases';
import type { Workspace } from '../workspace';

/** The trail keeps which letter left the app, by hash, when the reviewer saves it as PDF or prints it. */
export function recordLetterSaved(
  ws: Workspace,
  caseId: string,
  sha256: string,
  as: 'pdf' | 'print',
): { recorded: boolean } {
  return ws.db.transaction(() => {
    requireCase(ws.db, caseId);
    recordAuditEvent(ws, { action: 'letter.exported', caseId, details: { sha256, as } });
    return { recorded: true };
  })();
}

import { CHECK_CATALOG } from '../../../shared/domain/checks';
import { AppError } from '../../../shared/ipc';
import { recordAuditEvent } from '../audit';
import { deleteAcknowledgment, findDraft, insertAcknowledgment, listAcknowledgedKeys } from '../db';

import type { Workspace } from '../workspace';
import { requireCase } from '../cases';

const WARNING_CODES: ReadonlySet<string> = new Set(
  CHECK_CATALOG.filter((e) => e.severity === 'warning').map((e) => e.code),
);

/** A finding key is "<code>@<target>"; only warnings can be acknowledged, errors must be fixed. */
export function acknowledgeFinding(
  ws: Workspace,
  caseId: string,
  key: string,
  acknowledged: boolean,
): { acknowledgedKeys: string[] } {
  const code = key.slice(0, key.indexOf('@'));
  if (!WARNING_CODES.has(code)) {
    throw new AppError(
      'INVALID_INPUT',
      'Only warnings can be acknowledged. Fix this finding in the determination before signing.',
    );
  }
  return ws.db.transaction(() => {
    const record = requireCase(ws.db, caseId);
    if (findDraft(ws.db, caseId)?.locked === 1)
      throw new AppError('LOCKED', `${record.caseNumber} is signed and locked. Start a new version to change it.`);
    const at = ws.clock.now().toISOString();
    if (acknowledged) insertAcknowledgment(ws.db, caseId, key, at);
    else deleteAcknowledgment(ws.db, caseId, key);
    recordAuditEvent(ws, { action: 'checks.acknowledged', caseId, details: { key: key.slice(0, 200), acknowledged } });
    return { acknowledgedKeys: listAcknowledgedKeys(ws.db, caseId) };
  })();
}

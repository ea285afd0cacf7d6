import { DEFAULT_AUTO_LOCK_MINUTES } from '../../../shared/ipc';
import { readSetting, writeSetting } from '../db';
import { recordAuditEvent } from '../audit';
import type { Workspace } from '../workspace';

export const AUTO_LOCK_SETTING = 'security.autoLockMinutes';

export function readAutoLockMinutes(ws: Workspace): number {
  const value = readSetting(ws.db, AUTO_LOCK_SETTING);
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 240
    ? value
    : DEFAULT_AUTO_LOCK_MINUTES;
}

export function writeAutoLockMinutes(ws: Workspace, minutes: number): void {
  ws.db.transaction(() => {
    const from = readAutoLockMinutes(ws);
    writeSetting(ws.db, AUTO_LOCK_SETTING, minutes);
    recordAuditEvent(ws, {
      action: 'settings.changed',
      caseId: null,
      details: { key: AUTO_LOCK_SETTING, from, to: minutes },
    });
  })();
}

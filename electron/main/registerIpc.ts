import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Registrar } from '../core/api';
import { isAppUrl } from './windowOptions';

export const INVOKE_CHANNEL = 'api:invoke';

const FORBIDDEN = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Calls are only accepted from the workstation window.' },
} as const;

/** Electron checklist 17: only the top frame of a page served from our own app:// origin may call the back end. */
export function senderAllowed(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url);
}

export function registerIpc(registrar: Registrar): void {
  ipcMain.handle(INVOKE_CHANNEL, (event: IpcMainInvokeEvent, method: unknown, payload: unknown) =>
    senderAllowed(event) ? registrar.invoke(method, payload, { transport: 'electron' }) : FORBIDDEN,
  );
}

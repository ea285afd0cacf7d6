import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Registrar } from '../core/api/createRegistrar';
import { isAppUrl } from './windowOptions';

export const INVOKE_CHANNEL = 'api:invoke';

/** Only frames served from our own app:// origin may call the back end. */
export function registerIpc(registrar: Registrar): void {
  ipcMain.handle(INVOKE_CHANNEL, (event: IpcMainInvokeEvent, method: unknown, payload: unknown) => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!isAppUrl(frameUrl)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Calls are only accepted from the workstation window.' } };
    }
    return registrar.invoke(method, payload, { transport: 'electron' });
  });
}

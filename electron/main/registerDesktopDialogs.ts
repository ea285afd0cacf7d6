import { basename, join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { writeFileAtomic } from '../core/files';
import { senderAllowed } from './registerIpc';

export const DESKTOP_CHANNELS = {
  saveFile: 'desktop:saveFile',
  print: 'desktop:print',
  chooseFolder: 'desktop:chooseFolder',
} as const;

const FILTERS: Record<'pdf' | 'json' | 'zip', { name: string; extensions: string[] }> = {
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  json: { name: 'Snippet library', extensions: ['json'] },
  zip: { name: 'Zip archive', extensions: ['zip'] },
};

const saveFileSchema = z.object({
  suggestedName: z.string().min(1).max(200),
  base64: z.string().max(80_000_000),
  kind: z.enum(['pdf', 'json', 'zip']),
});

const FORBIDDEN = new Error('Only the workstation window may open file dialogs.');

/**
 * The desktop's own file dialogs and printing, for the window only: Save PDF… and Export… ask where with the
 * system dialog and write the bytes atomically; Print opens the system print dialog on the window's print view.
 */
export function registerDesktopDialogs(): void {
  ipcMain.handle(DESKTOP_CHANNELS.saveFile, async (event: IpcMainInvokeEvent, request: unknown) => {
    if (!senderAllowed(event)) throw FORBIDDEN;
    const { suggestedName, base64, kind } = saveFileSchema.parse(request);
    const owner = BrowserWindow.fromWebContents(event.sender);
    const options = { defaultPath: join(app.getPath('documents'), basename(suggestedName)), filters: [FILTERS[kind]] };
    const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { saved: false, path: null };
    writeFileAtomic(choice.filePath, Buffer.from(base64, 'base64'), 0o644);
    return { saved: true, path: choice.filePath };
  });
  ipcMain.handle(DESKTOP_CHANNELS.print, (event: IpcMainInvokeEvent) => {
    if (!senderAllowed(event)) throw FORBIDDEN;
    return new Promise<{ printed: boolean }>((resolve) =>
      event.sender.print({ silent: false, printBackground: false }, (success) => resolve({ printed: success })),
    );
  });
  ipcMain.handle(DESKTOP_CHANNELS.chooseFolder, async (event: IpcMainInvokeEvent, title: unknown) => {
    if (!senderAllowed(event)) throw FORBIDDEN;
    const owner = BrowserWindow.fromWebContents(event.sender);
    const options = {
      title: typeof title === 'string' ? title.slice(0, 200) : 'Choose a folder',
      properties: ['openDirectory' as const, 'createDirectory' as const],
    };
    const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return choice.canceled ? null : (choice.filePaths[0] ?? null);
  });
}

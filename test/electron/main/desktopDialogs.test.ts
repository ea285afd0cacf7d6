import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

// No Electron runtime here: its module is replaced by the parts these handlers touch.
const electron = vi.hoisted(() => ({
  handlers: new Map<string, (...args: unknown[]) => unknown>(),
  saveChoice: { canceled: false, filePath: '' as string | undefined },
  folderChoice: { canceled: false, filePaths: [] as string[] },
  printed: [] as unknown[],
  dialogOwner: [] as unknown[],
}));

vi.mock('electron', () => ({
  app: { getPath: () => '/home/reviewer/Documents' },
  BrowserWindow: { fromWebContents: () => ({ id: 1 }) },
  ipcMain: {
    handle: (channel: string, handler: (...args: unknown[]) => unknown) => electron.handlers.set(channel, handler),
  },
  dialog: {
    showSaveDialog: (owner: unknown, options: unknown) => {
      electron.dialogOwner.push([owner, options]);
      return Promise.resolve(electron.saveChoice);
    },
    showOpenDialog: () => Promise.resolve(electron.folderChoice),
  },
}));

const { DESKTOP_CHANNELS, registerDesktopDialogs } = await import('../../../electron/main/registerDesktopDialogs');

const APP_FRAME = { url: 'app://workstation/index.html', parent: null };
const sender = {
  print: (options: unknown, done: (success: boolean) => void) => {
    electron.printed.push(options);
    done(true);
  },
};
const call = (channel: string, ...args: unknown[]) =>
  Promise.resolve(electron.handlers.get(channel)?.({ senderFrame: APP_FRAME, sender }, ...args));

describe('desktop save, print and folder dialogs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'imr-desktop-'));
  registerDesktopDialogs();
  beforeEach(() => {
    electron.saveChoice = { canceled: false, filePath: join(dir, 'letter.pdf') };
    electron.dialogOwner.length = 0;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes exactly the bytes it was given where the reviewer chose, with the suggested name offered', async () => {
    const bytes = Buffer.from('%PDF-1.7 signed letter bytes \u0000\u00ff', 'latin1');
    const outcome = await call(DESKTOP_CHANNELS.saveFile, {
      suggestedName: 'CM14-0012345 Final Determination v1 (signed).pdf',
      base64: bytes.toString('base64'),
      kind: 'pdf',
    });
    expect(outcome).toEqual({ saved: true, path: join(dir, 'letter.pdf') });
    expect(readFileSync(join(dir, 'letter.pdf')).equals(bytes)).toBe(true);
    expect(electron.dialogOwner[0]).toEqual([
      { id: 1 },
      {
        defaultPath: '/home/reviewer/Documents/CM14-0012345 Final Determination v1 (signed).pdf',
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      },
    ]);
  });

  it('writes nothing when the reviewer cancels the dialog', async () => {
    electron.saveChoice = { canceled: true, filePath: undefined };
    expect(await call(DESKTOP_CHANNELS.saveFile, { suggestedName: 'x.pdf', base64: '', kind: 'pdf' })).toEqual({
      saved: false,
      path: null,
    });
  });

  it('keeps a suggested name inside the documents folder', async () => {
    await call(DESKTOP_CHANNELS.saveFile, { suggestedName: '../../etc/passwd', base64: '', kind: 'pdf' });
    expect(electron.dialogOwner[0]).toMatchObject([{ id: 1 }, { defaultPath: '/home/reviewer/Documents/passwd' }]);
  });

  it("opens the system print dialog on the window's print view", async () => {
    expect(await call(DESKTOP_CHANNELS.print)).toEqual({ printed: true });
    expect(electron.printed).toEqual([{ silent: false, printBackground: false }]);
  });

  it('returns the chosen folder, or null when cancelled', async () => {
    electron.folderChoice = { canceled: false, filePaths: ['/home/reviewer/Exports'] };
    expect(await call(DESKTOP_CHANNELS.chooseFolder, 'Export')).toBe('/home/reviewer/Exports');
    electron.folderChoice = { canceled: true, filePaths: [] };
    expect(await call(DESKTOP_CHANNELS.chooseFolder, 'Export')).toBeNull();
  });

  it('refuses every request that does not come from the workstation window', async () => {
    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null }, sender };
    for (const channel of Object.values(DESKTOP_CHANNELS)) {
      await expect(Promise.resolve().then(() => electron.handlers.get(channel)?.(foreign, {}))).rejects.toThrow(
        /Only the workstation window/,
      );
    }
  });
});

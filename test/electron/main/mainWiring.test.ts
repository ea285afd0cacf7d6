import { afterAll, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../support/tempDir';

const dir = tempDir('imr-main-');
const seen = vi.hoisted(() => ({
  calls: [] as string[],
  appEvents: new Map<string, (...args: unknown[]) => void>(),
  power: [] as string[],
  windowOptions: null as unknown,
  permissionHandlers: 0,
  ready: null as null | (() => void),
  loaded: null as null | Promise<void>,
}));

vi.mock('electron', () => {
  let markLoaded: () => void = () => undefined;
  seen.loaded = new Promise<void>((r) => (markLoaded = r));
  class BrowserWindow {
    webContents = { executeJavaScript: () => Promise.resolve('IMR'), send: () => undefined };
    constructor(options: unknown) {
      seen.windowOptions = options;
    }
    once() {}
    on() {}
    isDestroyed() {
      return false;
    }
    loadURL() {
      markLoaded();
      return Promise.resolve();
    }
  }
  return {
    app: {
      enableSandbox: () => seen.calls.push('enableSandbox'),
      on: (name: string, l: (...args: unknown[]) => void) => seen.appEvents.set(name, l),
      once: (name: string, l: (...args: unknown[]) => void) => seen.appEvents.set(`once:${name}`, l),
      whenReady: () => new Promise<void>((r) => (seen.ready = r)),
      getPath: () => '/nonexistent',
      quit: () => undefined,
      exit: (code: number) => {
        seen.calls.push(`exit:${code}`);
        markLoaded();
      },
    },
    BrowserWindow,
    powerMonitor: { on: (name: string) => seen.power.push(name) },
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'basic_text',
      encryptString: () => Buffer.alloc(0),
      decryptString: () => '',
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => seen.permissionHandlers++,
        setPermissionCheckHandler: () => seen.permissionHandlers++,
        setDevicePermissionHandler: () => seen.permissionHandlers++,
      },
    },
    shell: { openExternal: () => Promise.resolve() },
    systemPreferences: {},
    ipcMain: { handle: () => seen.calls.push('ipcMain.handle') },
    protocol: {
      registerSchemesAsPrivileged: () => seen.calls.push('registerSchemes'),
      handle: (scheme: string) => seen.calls.push(`protocol:${scheme}`),
    },
  };
});

describe('electron main process', () => {
  afterAll(() => {
    seen.appEvents.get('once:will-quit')?.();
    seen.appEvents.get('will-quit')?.();
    dir.remove();
  });

  it('sandboxes every renderer and registers its schemes before the app is ready', async () => {
    process.env['IMR_DATA_DIR'] = dir.path;
    await import('../../../electron/main/main');
    expect(seen.calls.slice(0, 2)).toEqual(['registerSchemes', 'enableSandbox']);
    expect(seen.appEvents.has('web-contents-created')).toBe(true);
  });

  it('denies permissions, watches sleep and screen lock, and opens a sandboxed window once ready', async () => {
    seen.ready?.();
    await seen.loaded;
    expect(seen.calls.filter((c) => c.startsWith('exit'))).toEqual([]);
    expect(seen.permissionHandlers).toBe(3);
    expect(seen.power).toEqual(['suspend', 'lock-screen']);
    expect(seen.calls).toEqual(expect.arrayContaining(['ipcMain.handle', 'protocol:app', 'protocol:imr-record']));
    expect(seen.windowOptions).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
  });

  it('hardens each new web contents as it is created', () => {
    const set = vi.fn();
    seen.appEvents.get('web-contents-created')?.({}, { setWindowOpenHandler: set, on: vi.fn() });
    expect(set).toHaveBeenCalledOnce();
  });
});

import { join } from 'node:path';
import { app, BrowserWindow, safeStorage, session, shell } from 'electron';
import { createBackend, type Backend } from '../core/api/createBackend';
import { fileKeyProvider } from '../core/db/fileKeyProvider';
import { createConsoleLogger } from '../core/log/logger';
import { defaultDataDir } from '../core/workspace/defaultDataDir';
import { registerIpc } from './registerIpc';
import { registerProtocols, registerSchemes } from './registerProtocols';
import { safeStorageKeyProvider } from './safeStorageKeyProvider';
import { APP_ORIGIN, isAppUrl, mainWindowOptions } from './windowOptions';

const log = createConsoleLogger('main');
let backend: Backend | null = null;
registerSchemes();

app.enableSandbox();
app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

app.whenReady().then(async () => {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  const dataDir = process.env['IMR_DATA_DIR'] ?? join(app.getPath('userData'), 'workspace');
  const keychainUsable = safeStorage.isEncryptionAvailable() && safeStorage.getSelectedStorageBackend?.() !== 'basic_text';
  const keyProvider = keychainUsable ? safeStorageKeyProvider(safeStorage, dataDir) : fileKeyProvider(dataDir || defaultDataDir(), log);
  backend = await createBackend({ dataDir, keyProvider, log, transport: 'electron' });
  registerIpc(backend.registrar);
  registerProtocols(backend.ws, join(__dirname, '..', 'renderer'));
  const win = new BrowserWindow(mainWindowOptions(join(__dirname, 'preload.cjs')));
  win.once('ready-to-show', () => win.show());
  await win.loadURL(`${APP_ORIGIN}/index.html`);
  if (process.env['IMR_SMOKE_TEST'] === '1') {
    console.log(`IMR_SMOKE_OK ${await win.webContents.executeJavaScript('document.title')}`);
    app.quit();
  }
}).catch((error: unknown) => {
  log.error('The workstation could not start', { error: error instanceof Error ? error.message : String(error) });
  app.exit(1);
});

app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => backend?.close());

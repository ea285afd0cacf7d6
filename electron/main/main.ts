import { join } from 'node:path';
import { app, BrowserWindow, powerMonitor, safeStorage, session, shell, systemPreferences } from 'electron';
import { fileAnchorStore } from '../core/audit';
import { createBackend, type Backend } from '../core/backend';
import { osKeyAccess } from '../core/signingIdentity';
import { createConsoleLogger } from '../core/log';
import { denyPermissions } from './denyPermissions';
import { hardenContents } from './hardenContents';
import { osUserCheck } from './osUserCheck';
import { registerDesktopDialogs } from './registerDesktopDialogs';
import { registerIpc } from './registerIpc';
import { registerProtocols, registerSchemes } from './registerProtocols';
import { safeStorageProtector } from './safeStorageProtector';
import { selectKeySource } from './selectKeySource';
import { watchSystemLock } from './watchSystemLock';
import { APP_ORIGIN, mainWindowOptions } from './windowOptions';
import { errorMessage } from '../../shared/errorMessage';
import { EVENT_CHANNEL } from '../../shared/ipc';
import { installCrashHandlers } from '../../shared/runtime';

const log = createConsoleLogger('main');
// Everything the main process writes (database, WAL, backups, records) is for this user only.
process.umask(0o077);
let backend: Backend | null = null;
registerSchemes();

app.enableSandbox();
app.on('web-contents-created', (_event, contents) => hardenContents(contents, shell));

app
  .whenReady()
  .then(async () => {
    denyPermissions(session.defaultSession);
    const dataDir = process.env['IMR_DATA_DIR'] ?? join(app.getPath('userData'), 'workspace');
    const keySource = selectKeySource(safeStorage, dataDir, osUserCheck(systemPreferences));
    const signingKeys = keySource.kind === 'provider' ? osKeyAccess(safeStorageProtector(safeStorage)) : undefined;
    // The audit head is anchored outside the workspace, sealed by the keychain when there is a real one.
    const anchorSealer =
      keySource.kind === 'provider'
        ? { seal: (text: string) => safeStorage.encryptString(text), open: (b: Buffer) => safeStorage.decryptString(b) }
        : undefined;
    backend = await createBackend({
      dataDir,
      keySource,
      log,
      transport: 'electron',
      signingKeys,
      backgroundSync: true,
      maintenance: 'background',
      auditAnchors: fileAnchorStore(join(app.getPath('userData'), 'audit-anchors'), dataDir, anchorSealer),
    });
    watchSystemLock(powerMonitor, backend.session);
    registerIpc(backend.registrar);
    registerDesktopDialogs();
    registerProtocols(backend.ws, join(__dirname, '..', 'renderer'));
    const win = new BrowserWindow(mainWindowOptions(join(__dirname, 'preload.cjs')));
    const stopEvents = backend.events.subscribe((event) => {
      if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, event);
    });
    win.on('closed', stopEvents);
    win.once('ready-to-show', () => win.show());
    await win.loadURL(`${APP_ORIGIN}/index.html`);
    if (process.env['IMR_SMOKE_TEST'] === '1') {
      console.log(`IMR_SMOKE_OK ${await win.webContents.executeJavaScript('document.title')}`);
      app.quit();
    }
  })
  .catch((error: unknown) => {
    log.error('The workstation could not start', { error: errorMessage(error) });
    app.exit(1);
  });

installCrashHandlers(process, log, () => {
  backend?.close();
  backend = null;
  app.exit(1);
});

app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => backend?.close());

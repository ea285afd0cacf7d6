import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultAnchorDir, fileAnchorStore } from '../core/audit';
import { createBackend } from '../core/backend';
import { chooseKeySource } from '../core/session';
import { createConsoleLogger } from '../core/log';
import { defaultDataDir } from '../core/workspace';
import { installCrashHandlers } from '../../shared/runtime';
import { createShellServer } from './createShellServer';

const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, port: { type: 'string' }, passphrase: { type: 'boolean' } },
});
// Everything this process writes (database, WAL, backups, records) is for this user only.
process.umask(0o077);
const dataDir = values['data-dir'] ?? defaultDataDir();
const log = createConsoleLogger('shell');
const here = dirname(fileURLToPath(import.meta.url));
// dist/node/shell.mjs when bundled (npm start), electron/shell/ when run from source.
const rendererDir = [join(here, '..', 'renderer'), join(here, '..', '..', 'dist', 'renderer')].find((dir) =>
  existsSync(join(dir, 'index.html')),
);
if (!rendererDir) throw new Error('The window is not built yet: run npm run build:renderer');

const keySource = chooseKeySource(dataDir, log, values.passphrase === true);
const backend = await createBackend({
  dataDir,
  keySource,
  log,
  transport: 'shell',
  backgroundSync: true,
  maintenance: 'background',
  auditAnchors: fileAnchorStore(defaultAnchorDir(), dataDir),
});
const shell = await createShellServer({
  ws: backend.ws,
  registrar: backend.registrar,
  events: backend.events.subscribe,
  rendererDir,
  log,
  port: values.port ? Number(values.port) : 0,
});
const keyNote =
  keySource.kind === 'passphrase'
    ? 'The workspace key is protected by your passphrase; the window asks for it.'
    : 'Demo/development key file in use (no passphrase). Start with --passphrase to protect this workspace with one.';
console.log(
  `\nIMR Reviewer Workstation (browser shell) is running.\nWorkspace: ${dataDir}\n${keyNote}\nOpen: ${shell.launchUrl}\n`,
);

const stop = async (code: number) => {
  await shell.close();
  backend.close();
  process.exit(code);
};
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
installCrashHandlers(process, log, () => stop(1));

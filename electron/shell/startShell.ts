import { parseArgs } from 'node:util';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../core/api/createBackend';
import { fileKeyProvider } from '../core/db/fileKeyProvider';
import { createConsoleLogger } from '../core/log/logger';
import { defaultDataDir } from '../core/workspace/defaultDataDir';
import { createShellServer } from './createShellServer';

const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, port: { type: 'string' } },
});
const dataDir = values['data-dir'] ?? defaultDataDir();
const log = createConsoleLogger('shell');
const rendererDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'renderer');

const backend = await createBackend({ dataDir, keyProvider: fileKeyProvider(dataDir, log), log, transport: 'shell' });
const shell = await createShellServer({
  ws: backend.ws,
  registrar: backend.registrar,
  rendererDir,
  log,
  port: values.port ? Number(values.port) : 0,
});
console.log(`\nIMR Reviewer Workstation (browser shell) is running.\nWorkspace: ${dataDir}\nOpen: ${shell.launchUrl}\n`);

const stop = async () => {
  await shell.close();
  backend.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

import { parseArgs } from 'node:util';
import { createBackend } from '../core/backend/createBackend';
import { invokeOrThrow } from '../core/api/createRegistrar';
import { chooseKeySource } from '../core/session/chooseKeySource';
import { createConsoleLogger } from '../core/log/logger';
import { defaultDataDir } from '../core/workspace/defaultDataDir';
import { isAppError } from '../../shared/ipc/appError';
import { CLI_COMMANDS } from './cliCommands';
import { readPassphrase } from './readPassphrase';
import { errorMessage } from '../../shared/errorMessage';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
const [name, ...args] = positionals;
const command = CLI_COMMANDS.find((c) => c.name === name);

if (!command || values.help) {
  console.log('Usage: npm run cli -- <command> [args] [--data-dir DIR]\n\nCommands:');
  for (const c of CLI_COMMANDS) console.log(`  ${c.usage.padEnd(34)} ${c.summary}`);
  process.exit(command || values.help ? 0 : 2);
}

if (command.withoutWorkspace) process.exit(await command.withoutWorkspace(args));
const dataDir = values['data-dir'] ?? defaultDataDir();
const log = createConsoleLogger('cli', true);
try {
  const backend = await createBackend({ dataDir, keySource: chooseKeySource(dataDir, log), log, transport: 'in-process' });
  try {
    if (backend.session.status().state === 'locked') await backend.session.unlock(await readPassphrase('Workspace passphrase: '));
    const state = backend.session.status();
    if (state.state === 'restore' && !command.allowDamaged) throw new Error(`${state.message ?? 'The workspace database is damaged.'} Run: npm run cli -- restore`);
    const code = await command.run({ backend, args, call: (method, payload) => invokeOrThrow(backend.registrar, method, payload) });
    process.exitCode = code;
  } finally {
    backend.close();
  }
} catch (error) {
  console.error(isAppError(error) ? `${error.code}: ${error.message}` : errorMessage(error));
  process.exitCode = 1;
}

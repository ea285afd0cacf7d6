import { parseArgs } from 'node:util';
import { errorMessage } from '../../shared/errorMessage';
import { isAppError } from '../../shared/ipc';
import { createBackend } from '../core/backend';
import { createConsoleLogger } from '../core/log';
import { chooseKeySource } from '../core/session';
import { defaultDataDir } from '../core/workspace';
import { CLI_COMMANDS } from './cliCommands';
import { readPassphrase } from './readPassphrase';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'data-dir': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    json: { type: 'boolean' },
    // Options of single commands (ocr); a command reads them from `options`.
    document: { type: 'string' },
    force: { type: 'boolean' },
    model: { type: 'string' },
  },
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
  const backend = await createBackend({
    dataDir,
    keySource: chooseKeySource(dataDir, log),
    log,
    transport: 'in-process',
  });
  const { invoke } = backend;
  try {
    if ((await invoke('session.status', {})).state === 'locked')
      await invoke('session.unlock', { passphrase: await readPassphrase('Workspace passphrase: ') });
    const state = await invoke('session.status', {});
    if (state.state === 'restore' && !command.allowDamaged)
      throw new Error(`${state.message ?? 'The workspace database is damaged.'} Run: npm run cli -- restore`);
    process.exitCode = await command.run({ invoke, args, json: values.json === true, options: values });
  } finally {
    backend.close();
  }
} catch (error) {
  console.error(isAppError(error) ? `${error.code}: ${error.message}` : errorMessage(error));
  process.exitCode = 1;
}

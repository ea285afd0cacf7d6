import { parseArgs } from 'node:util';
import { errorMessage } from '../../shared/errorMessage';
import { isAppError } from '../../shared/ipc';
import { defaultAnchorDir, fileAnchorStore } from '../core/audit';
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
    'replace-local-work': { type: 'boolean' },
    fix: { type: 'boolean' },
    rekey: { type: 'boolean' },
    trust: { type: 'string', multiple: true },
    all: { type: 'boolean' },
    archived: { type: 'boolean' },
  },
});
const flags = {
  replaceLocalWork: values['replace-local-work'] === true,
  fix: values.fix === true,
  rekey: values.rekey === true,
  trust: values.trust ?? [],
  all: values.all === true,
  archived: values.archived === true,
};
const [name, ...args] = positionals;
const command = CLI_COMMANDS.find((c) => c.name === name);

if (!command || values.help) {
  console.log('Usage: npm run cli -- <command> [args] [--data-dir DIR]\n\nCommands:');
  for (const c of CLI_COMMANDS) console.log(`  ${c.usage.padEnd(34)} ${c.summary}`);
  process.exit(command || values.help ? 0 : 2);
}

// Everything this process writes (database, WAL, backups, exports) is for this user only.
process.umask(0o077);
const dataDir = values['data-dir'] ?? defaultDataDir();
if (command.withoutWorkspace) process.exit(await command.withoutWorkspace(args, flags, dataDir));
const log = createConsoleLogger('cli', true);
const open = (readOnly: boolean) =>
  createBackend({
    dataDir,
    keySource: chooseKeySource(dataDir, log),
    log,
    transport: 'in-process',
    maintenance: 'off',
    readOnly,
    auditAnchors: fileAnchorStore(defaultAnchorDir(), dataDir),
  });
try {
  const backend = await open(false).catch(async (error: unknown) => {
    if (!isAppError(error) || error.code !== 'WORKSPACE_IN_USE' || !command.readsOnly?.(args, flags)) throw error;
    console.error(`${error.message}\nReading it without changing anything.`);
    return open(true);
  });
  const { invoke } = backend;
  try {
    if ((await invoke('session.status', {})).state === 'locked')
      await invoke('session.unlock', { passphrase: await readPassphrase('Workspace passphrase: ') });
    const state = await invoke('session.status', {});
    if (state.state === 'restore' && !command.allowDamaged)
      throw new Error(`${state.message ?? 'The workspace database is damaged.'} Run: npm run cli -- restore`);
    process.exitCode = await command.run({ invoke, args, flags, json: values.json === true, options: values });
  } finally {
    backend.close();
  }
} catch (error) {
  console.error(isAppError(error) ? `${error.code}: ${error.message}` : errorMessage(error));
  process.exitCode = 1;
}

import { errorMessage } from '../../shared/errorMessage';
import { isAppError } from '../../shared/ipc';
import { defaultAnchorDir, fileAnchorStore } from '../core/audit';
import { createBackend } from '../core/backend';
import { createConsoleLogger } from '../core/log';
import { chooseKeySource } from '../core/session';
import type { CliArgs, CliCommand } from './cliCommand';
import { readPassphrase } from './readPassphrase';

/** Runs a command through the back end, the same door the window uses; returns the exit code. */
export async function runCommand(command: CliCommand, cli: CliArgs, dataDir: string): Promise<number> {
  const { args, flags } = cli;
  if (command.withoutWorkspace) return command.withoutWorkspace(args, flags, dataDir);
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
      return await command.run({ invoke, args, flags, json: cli.json, options: cli.options });
    } finally {
      backend.close();
    }
  } catch (error) {
    console.error(isAppError(error) ? `${error.code}: ${error.message}` : errorMessage(error));
    return 1;
  }
}

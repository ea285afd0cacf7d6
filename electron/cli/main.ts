import { errorMessage } from '../../shared/errorMessage';
import { defaultDataDir } from '../core/workspace';
import type { CliArgs } from './cliCommand';
import { parseCliArgs } from './parseCliArgs';
import { QUICK_COMMANDS } from './quickCommands';

// Everything this process writes (database, WAL, backups, exports) is for this user only.
process.umask(0o077);
let cli: CliArgs;
try {
  cli = parseCliArgs(process.argv.slice(2));
} catch (error) {
  console.error(`${errorMessage(error)}\nRun: npm run cli -- --help`);
  process.exit(2);
}
const dataDir = cli.dataDir ?? defaultDataDir();
const answer = cli.help ? null : (QUICK_COMMANDS.find((c) => c.name === cli.name)?.quick?.(cli, dataDir) ?? null);
if (answer) {
  process.stdout.write(answer.out);
  process.exitCode = answer.code;
} else {
  // Everything else loads only now: the contract, the back end and every command.
  const [{ CLI_COMMANDS }, { runCommand }] = await Promise.all([import('./cliCommands'), import('./runCommand')]);
  const command = CLI_COMMANDS.find((c) => c.name === cli.name);
  if (!command || cli.help) {
    console.log('Usage: npm run cli -- <command> [args] [--data-dir DIR]\n\nCommands:');
    for (const c of CLI_COMMANDS) console.log(`  ${c.usage.padEnd(34)} ${c.summary}`);
    process.exit(command || cli.help ? 0 : 2);
  }
  process.exitCode = await runCommand(command, cli, dataDir);
}

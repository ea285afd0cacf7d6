import type { CliCommand } from './cliCommand';
import { LIST_COMMAND } from './listCommand';

/**
 * The commands that can answer without the back end. The command line loads only these before it knows it needs
 * more, so a quick answer never waits for the contract, the services or the other commands to load.
 */
export const QUICK_COMMANDS: readonly CliCommand[] = [LIST_COMMAND];

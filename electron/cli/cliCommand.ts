import type { Invoke } from '../core/api';

export interface CliContext {
  args: string[];
  /** Typed calls through the registrar, the same door the window uses. */
  invoke: Invoke;
  /** --json: print machine-readable output where the command offers it. */
  json?: boolean;
  /** Named options given on the command line (--document ID, --force, --model fast|best). */
  options?: { document?: string; force?: boolean; model?: string };
}

export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  /** Runs even when the database is damaged and waits for a restore. */
  allowDamaged?: boolean;
  /** Runs without opening the workspace (e.g. verifying a package someone sent). */
  withoutWorkspace?(args: string[]): Promise<number>;
  run(ctx: CliContext): Promise<number>;
}

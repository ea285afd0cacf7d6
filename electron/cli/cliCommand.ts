import type { Invoke } from '../core/api';

export interface CliContext {
  args: string[];
  /** Typed calls through the registrar, the same door the window uses. */
  invoke: Invoke;
  /** --json: print machine-readable output where the command offers it. */
  json?: boolean;
  /** Named options given on the command line (--document ID, --force, --model fast|best). */
  options?: CliOptions;
  /** Flags given on the command line (`--replace-local-work`, `--trust`, `--fix`, `--rekey`, `--all`, `--archived`). */
  flags: CliFlags;
}

/** A command line as typed: the command's name and arguments, its flags and the workspace folder. */
export interface CliArgs {
  name: string | undefined;
  args: string[];
  flags: CliFlags;
  options: CliOptions;
  help: boolean;
  json: boolean;
  /** `--data-dir`; the default folder when absent. */
  dataDir: string | undefined;
}

export interface CliOptions {
  document?: string;
  force?: boolean;
  model?: string;
}

export interface CliFlags {
  replaceLocalWork: boolean;
  rekey: boolean;
  fix: boolean;
  trust: string[];
  /** `list`: closed cases too, or the archived ones. */
  all: boolean;
  archived: boolean;
}

export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  /** Runs even when the database is damaged and waits for a restore. */
  allowDamaged?: boolean;
  /**
   * Only reads the workspace with these arguments: it may still run, read-only, while another program holds the
   * workspace. Every other command refuses then (one writer per workspace).
   */
  readsOnly?(args: string[], flags: CliFlags): boolean;
  /** Runs without opening the workspace for writing (e.g. verifying a package someone sent). */
  withoutWorkspace?(args: string[], flags: CliFlags, dataDir: string): Promise<number>;
  run(ctx: CliContext): Promise<number>;
  /**
   * Answers from a read-only look at the workspace, without starting the back end, so that the command returns at
   * once; null when only the back end can answer (the command then runs as usual).
   */
  quick?(cli: CliArgs, dataDir: string): QuickAnswer | null;
}

/** What a quick answer prints, and the exit code. */
export interface QuickAnswer {
  out: string;
  code: number;
}

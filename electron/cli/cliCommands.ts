import type { CaseSummary } from '../../shared/domain/caseModel';
import type { MethodName } from '../../shared/ipc/contract';
import type { Backend } from '../core/backend/createBackend';
import { RECORD_COMMANDS } from './recordCommands';
import { SYNC_COMMAND } from './syncCommand';
import { SECURITY_COMMANDS } from './securityCommands';
import { SIGNING_COMMANDS } from './signingCommands';

export interface CliContext {
  backend: Backend;
  args: string[];
  call(method: MethodName, payload: unknown): Promise<unknown>;
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

/** Each later capability appends its commands here; they call the same registrar as the window. */
export const CLI_COMMANDS: CliCommand[] = [
  {
    name: 'list',
    usage: 'list [query]',
    summary: 'List the assigned cases (optionally filtered)',
    async run({ call, args }) {
      const cases = (await call('cases.list', args[0] ? { query: args[0] } : {})) as CaseSummary[];
      for (const c of cases) {
        console.log(`${c.caseNumber}  ${c.priority.padEnd(9)}  due ${c.dueDate}  ${c.status.padEnd(11)}  ${c.treatments.join('; ')}`);
      }
      console.log(`${cases.length} case(s)`);
      return 0;
    },
  },
  {
    name: 'reset-demo',
    usage: 'reset-demo',
    summary: 'Delete all local cases and regenerate the demo workspace',
    async run({ call }) {
      const { caseCount } = (await call('demo.reset', { confirm: true })) as { caseCount: number };
      console.log(`Demo workspace regenerated with ${caseCount} cases.`);
      return 0;
    },
  },
  ...RECORD_COMMANDS,
  ...SECURITY_COMMANDS,
  ...SIGNING_COMMANDS,
  SYNC_COMMAND,
];

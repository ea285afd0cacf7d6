import type { CliCommand } from './cliCommand';
import { LIST_COMMAND } from './listCommand';

export const CASE_COMMANDS: CliCommand[] = [
  LIST_COMMAND,
  {
    name: 'reset-demo',
    usage: 'reset-demo',
    summary: 'Delete all local cases and regenerate the demo workspace',
    async run({ invoke }) {
      const { caseCount } = await invoke('demo.reset', { confirm: true });
      console.log(`Demo workspace regenerated with ${caseCount} cases.`);
      return 0;
    },
  },
];

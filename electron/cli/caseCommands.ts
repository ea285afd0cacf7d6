import type { CliCommand } from './cliCommand';

export const CASE_COMMANDS: CliCommand[] = [
  {
    name: 'list',
    usage: 'list [query]',
    summary: 'List the assigned cases (optionally filtered)',
    readsOnly: () => true,
    async run({ invoke, args }) {
      const cases = await invoke('cases.list', args[0] ? { query: args[0] } : {});
      for (const c of cases) {
        console.log(
          `${c.caseNumber}  ${c.priority.padEnd(9)}  due ${c.dueDate}  ${c.status.padEnd(11)}  ${c.treatments.join('; ')}`,
        );
      }
      console.log(`${cases.length} case(s)`);
      return 0;
    },
  },
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

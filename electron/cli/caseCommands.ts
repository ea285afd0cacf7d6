import type { CliCommand } from './cliCommand';

export const CASE_COMMANDS: CliCommand[] = [
  {
    name: 'list',
    usage: 'list [query] [--all | --archived]',
    summary: 'List the open cases (--all: closed ones too; --archived: the archived ones), optionally filtered',
    readsOnly: () => true,
    async run({ invoke, args, flags }) {
      const view = flags.archived ? 'archived' : flags.all ? 'inbox' : 'open';
      const query = args[0] ? { query: args[0] } : {};
      const cases = await invoke('cases.list', { view, ...query });
      // One write: thousands of console.log calls cost more than the query.
      const lines = cases.map(
        (c) =>
          `${c.caseNumber}  ${c.priority.padEnd(9)}  due ${c.dueDate}  ${c.status.padEnd(13)}  ${c.treatments.join('; ')}`,
      );
      const counted = `${cases.length} ${view === 'open' ? 'open ' : view === 'archived' ? 'archived ' : ''}case(s)`;
      process.stdout.write(`${[...lines, counted].join('\n')}\n`);
      if (view === 'open') {
        const closed = (await invoke('cases.count', {})).closed;
        if (closed > 0) console.log(`${closed} closed case(s) not listed: list --all shows them too.`);
      }
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

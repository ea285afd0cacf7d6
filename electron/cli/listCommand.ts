import type { CaseListView, CaseSummary } from '../../shared/domain';
import { CASE_QUERY_MAX_LENGTH } from '../../shared/domain';
import { countInboxCases, listCaseSummaries } from '../core/cases';
import { createConsoleLogger } from '../core/log';
import { readWorkspaceQuickly } from '../core/quickRead';
import type { CliCommand, CliFlags } from './cliCommand';

/**
 * `list`: the open cases, or all or the archived ones, optionally filtered. It answers from a read-only look at the
 * workspace when it can (a command that should feel instant, issue 17), and through the back end otherwise; both
 * print the same text, from the same queries.
 */
export const LIST_COMMAND: CliCommand = {
  name: 'list',
  usage: 'list [query] [--all | --archived]',
  summary: 'List the open cases (--all: closed ones too; --archived: the archived ones), optionally filtered',
  readsOnly: () => true,
  async run({ invoke, args, flags }) {
    const input = caseListInput(args, flags);
    const cases = await invoke('cases.list', input);
    const closed = input.view === 'open' ? (await invoke('cases.count', {})).closed : 0;
    process.stdout.write(formatCaseList(input.view, cases, closed));
    return 0;
  },
  quick({ args, flags }, dataDir) {
    const input = caseListInput(args, flags);
    // The back end refuses a longer search with its reason.
    if ((input.query?.length ?? 0) > CASE_QUERY_MAX_LENGTH) return null;
    return readWorkspaceQuickly(dataDir, createConsoleLogger('cli', true), (db) => ({
      code: 0,
      out: formatCaseList(
        input.view,
        listCaseSummaries(db, input),
        input.view === 'open' ? countInboxCases(db).closed : 0,
      ),
    }));
  },
};

function caseListInput(args: string[], flags: CliFlags): { view: CaseListView; query?: string } {
  const view = flags.archived ? 'archived' : flags.all ? 'inbox' : 'open';
  return args[0] ? { view, query: args[0] } : { view };
}

/** One line per case, then how many; for the open view, how many closed ones `--all` would add. */
function formatCaseList(view: CaseListView, cases: readonly CaseSummary[], closed: number): string {
  const lines = cases.map(
    (c) =>
      `${c.caseNumber}  ${c.priority.padEnd(9)}  due ${c.dueDate}  ${c.status.padEnd(13)}  ${c.treatments.join('; ')}`,
  );
  lines.push(`${cases.length} ${view === 'open' ? 'open ' : view === 'archived' ? 'archived ' : ''}case(s)`);
  if (closed > 0) lines.push(`${closed} closed case(s) not listed: list --all shows them too.`);
  return `${lines.join('\n')}\n`;
}

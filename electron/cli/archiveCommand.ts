import type { CliCommand } from './cliCommand';

const USAGE = 'archive [run | policy <days> keep-text|drop-text]';
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export const ARCHIVE_COMMAND: CliCommand = {
  name: 'archive',
  usage: USAGE,
  summary: 'Show what archiving would take out of the inbox; run it; or set the retention and text policy',
  async run({ invoke, args }) {
    const [action, days, text] = args;
    if (action === 'policy') {
      const retentionDays = Number(days);
      if (!Number.isInteger(retentionDays) || (text !== 'keep-text' && text !== 'drop-text')) {
        console.error(`Usage: npm run cli -- ${USAGE}`);
        return 2;
      }
      await invoke('archive.setPolicy', { policy: { retentionDays, keepRecordText: text === 'keep-text' } });
    } else if (action === 'run') {
      const outcome = await invoke('archive.run', { confirm: true });
      console.log(
        `Archived ${outcome.archived} case(s); ${outcome.pagesDropped} record page(s) of text dropped; workspace file ${mb(outcome.fileBytesBefore)} -> ${mb(outcome.fileBytesAfter)}.`,
      );
      return 0;
    } else if (action !== undefined) {
      console.error(`Usage: npm run cli -- ${USAGE}`);
      return 2;
    }
    const { policy, eligible, cutoff } = await invoke('archive.policy', {});
    console.log(
      `Policy: closed cases unchanged for ${policy.retentionDays} days are archived; their record text is ${policy.keepRecordText ? 'kept searchable' : 'dropped (re-index a case to search it again)'}.`,
    );
    console.log(
      `${eligible} closed case(s) unchanged since ${cutoff.slice(0, 10)} would be archived: npm run cli -- archive run`,
    );
    return 0;
  },
};

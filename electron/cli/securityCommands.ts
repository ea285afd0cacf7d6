import { writeFileSync } from 'node:fs';
import type { CliCommand } from './cliCommand';
import { findCaseId } from './findCaseId';
import { readPassphrase } from './readPassphrase';

/** The new passphrase: IMR_NEW_PASSPHRASE for scripts, otherwise typed twice without echo. */
async function newPassphrase(): Promise<string> {
  const fromEnv = process.env['IMR_NEW_PASSPHRASE'];
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) throw new Error('Set IMR_NEW_PASSPHRASE or run this in a terminal.');
  const first = await readPassphrase('New passphrase (at least 10 characters): ');
  if ((await readPassphrase('Type it again: ')) !== first)
    throw new Error('The two passphrases differ; nothing changed.');
  return first;
}

export const SECURITY_COMMANDS: CliCommand[] = [
  {
    name: 'backup',
    usage: 'backup',
    summary: 'Write a verified, encrypted backup of the workspace database now',
    async run({ invoke }) {
      const info = await invoke('backup.create', {});
      console.log(`Backup written and verified: ${info.path} (${info.sizeBytes} bytes).`);
      return 0;
    },
  },
  {
    name: 'restore',
    usage: 'restore [file]',
    summary: 'Restore the newest good backup (or the named file from backups/); the current database is kept aside',
    allowDamaged: true,
    async run({ invoke, args }) {
      const before = await invoke('session.status', {});
      if (before.backups.length === 0) throw new Error('There are no backups to restore in this workspace.');
      const status = await invoke('session.restoreBackup', { ...(args[0] ? { file: args[0] } : {}), deliberate: true });
      console.log(
        `${status.message ?? 'Restored a backup.'} The previous database was also kept as a before-restore backup.`,
      );
      return status.state === 'unlocked' ? 0 : 1;
    },
  },
  {
    name: 'passphrase',
    usage: 'passphrase [--rekey]',
    summary:
      'Protect a key-file workspace with a passphrase (the key is replaced), or change it; --rekey also replaces the key',
    async run({ invoke, flags }) {
      const before = await invoke('session.status', {});
      const current = before.keyKind === 'passphrase' ? (process.env['IMR_PASSPHRASE'] ?? '') : '';
      if (before.keyKind === 'passphrase' && !current)
        throw new Error('Set IMR_PASSPHRASE to the current passphrase to change it.');
      const next = await newPassphrase();
      await invoke('session.changePassphrase', { current, next, ...(flags.rekey ? { rekey: true } : {}) });
      console.log(
        before.keyKind === 'keyFile' || flags.rekey
          ? 'The passphrase is set and the key was replaced: the database, the records and the backups are encrypted with the new key.'
          : 'The passphrase was changed.',
      );
      return 0;
    },
  },
  {
    name: 'audit',
    usage: 'audit verify | audit export <caseNumber> [file] | audit accept-rollback',
    summary: "Check the hash chain of the audit trail, or write one case's trail as JSON Lines",
    readsOnly: (args) => args[0] !== 'accept-rollback',
    async run({ invoke, args }) {
      const [sub, caseNumber, out] = args;
      if (sub === 'verify' || sub === 'accept-rollback') {
        const result =
          sub === 'verify' ? await invoke('audit.verify', {}) : await invoke('audit.acceptRollback', { confirm: true });
        if (result.firstBroken)
          console.log(
            `Audit trail BROKEN at event ${result.firstBroken.id}: ${result.firstBroken.problem}. ${result.events} event(s) before it are intact.`,
          );
        else if (result.ok) console.log(`Audit trail intact: ${result.events} event(s); head ${result.headHash}.`);
        else
          console.log(
            `Audit trail NOT INTACT: its ${result.events} event(s) link up (head ${result.headHash}), but it does not continue the head anchored outside the workspace.`,
          );
        if (result.anchor) console.log(`Anchor ${result.anchor.where}: ${result.anchor.message}`);
        return result.ok ? 0 : 1;
      }
      if (sub !== 'export' || !caseNumber)
        throw new Error('Usage: npm run cli -- audit verify | audit export <caseNumber> [file]');
      const caseId = await findCaseId(invoke, caseNumber, 'audit export <caseNumber> [file]');
      const events = await invoke('audit.trail', { caseId });
      // One JSON object per line, oldest first; each keeps its hashes so the export can be checked against the chain.
      const lines = events.map((e) => `${JSON.stringify(e)}\n`).join('');
      if (out) {
        writeFileSync(out, lines, { mode: 0o600 });
        console.log(`Wrote ${events.length} event(s) to ${out}.`);
      } else process.stdout.write(lines);
      return 0;
    },
  },
];

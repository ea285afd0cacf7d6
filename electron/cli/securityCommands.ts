import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseSummary } from '../../shared/domain/caseModel';
import type { AuditVerification } from '../../shared/ipc/contracts/auditContract';
import { exportAuditTrail } from '../core/audit/exportAuditTrail';
import { createVerifiedBackup } from '../core/backup/createVerifiedBackup';
import { latestAuditEvent } from '../core/db/repositories/auditRepository';
import type { CliCommand } from './cliCommands';

export const SECURITY_COMMANDS: CliCommand[] = [
  {
    name: 'backup',
    usage: 'backup',
    summary: 'Write a verified, encrypted backup of the workspace database now',
    async run({ backend }) {
      const ws = backend.ws;
      const info = createVerifiedBackup(ws.db, join(ws.dataDir, 'backups'), 'manual', new Date());
      console.log(`Backup written and verified: ${join(ws.dataDir, 'backups', info.file)} (${info.sizeBytes} bytes).`);
      return 0;
    },
  },
  {
    name: 'restore',
    usage: 'restore [file]',
    summary: 'Restore the newest good backup (or the named file from backups/); the current database is kept aside',
    allowDamaged: true,
    async run({ backend, args }) {
      const before = backend.session.status();
      if (before.backups.length === 0) throw new Error('There are no backups to restore in this workspace.');
      const status = await backend.session.restoreBackup(args[0], true);
      const restored = latestAuditEvent(backend.ws.db, 'backup.restored', null);
      console.log(`Restored ${restored ? (JSON.parse(restored.details_json) as { file: string }).file : 'a backup'}; the previous database was kept in damaged/ and as a before-restore backup.`);
      return status.state === 'unlocked' ? 0 : 1;
    },
  },
  {
    name: 'audit',
    usage: 'audit verify | audit export <caseNumber> [file]',
    summary: 'Check the hash chain of the audit trail, or write one case\'s trail as JSON Lines',
    async run({ backend, call, args }) {
      const [sub, caseNumber, out] = args;
      if (sub === 'verify') {
        const result = (await call('audit.verify', {})) as AuditVerification;
        if (result.ok) console.log(`Audit trail intact: ${result.events} event(s); head ${result.headHash}.`);
        else console.log(`Audit trail BROKEN at event ${result.firstBroken?.id}: ${result.firstBroken?.problem}. ${result.events} event(s) before it are intact.`);
        return result.ok ? 0 : 1;
      }
      if (sub !== 'export' || !caseNumber) throw new Error('Usage: audit verify | audit export <caseNumber> [file]');
      const cases = (await call('cases.list', { query: caseNumber })) as CaseSummary[];
      const found = cases.find((c) => c.caseNumber === caseNumber);
      if (!found) throw new Error(`No case ${caseNumber} in this workspace. Run "list" to see the case numbers.`);
      const lines = exportAuditTrail(backend.ws.db, found.id);
      if (out) {
        writeFileSync(out, lines, { mode: 0o600 });
        console.log(`Wrote ${lines.split('\n').filter(Boolean).length} event(s) to ${out}.`);
      } else process.stdout.write(lines);
      return 0;
    },
  },
];

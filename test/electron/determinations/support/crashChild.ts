import { createInterface } from 'node:readline';
import { createBackend } from '../../../../electron/core/backend/createBackend';
import { countCases } from '../../../../electron/core/db/repositories/caseRepository';
import { staticKeyProvider } from '../../../../electron/core/db/keyProvider';
import { silentLogger } from '../../../../electron/core/log/logger';
import { seedCase } from './seedCase';

/**
 * The back end as a separate process for the crash test: one JSON request per stdin line, one JSON answer per
 * stdout line, written only after the registrar returned (that is, after SQLite committed).
 */
const dataDir = process.env['CRASH_DATA_DIR'];
const keyHex = process.env['CRASH_KEY_HEX'];
if (!dataDir || !keyHex) throw new Error('CRASH_DATA_DIR and CRASH_KEY_HEX are required');

const backend = await createBackend({
  dataDir,
  keyProvider: staticKeyProvider(Buffer.from(keyHex, 'hex')),
  log: silentLogger,
  transport: 'in-process',
  seedDemo: false,
});
if (countCases(backend.ws.db) === 0) seedCase(backend.ws.db);
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);

for await (const line of createInterface({ input: process.stdin })) {
  const { seq, method, payload } = JSON.parse(line) as { seq: number; method: string; payload: unknown };
  if (method === 'integrity') {
    process.stdout.write(
      `${JSON.stringify({ seq, result: { ok: true, value: backend.ws.db.pragma('integrity_check', { simple: true }) } })}\n`,
    );
    continue;
  }
  const result = await backend.registrar.invoke(method, payload, { transport: 'in-process' });
  process.stdout.write(`${JSON.stringify({ seq, result })}\n`);
}
backend.close();

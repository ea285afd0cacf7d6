import { isAppError } from '../shared/ipc';
import { installCrashHandlers } from '../shared/runtime';
import { openServerDatabase } from './db';
import { seedDemoData } from './demo';
import { createRecordStore } from './records';
import { readServerEnv } from './readServerEnv';
import { startServer } from './startServer';

async function main(): Promise<void> {
  const env = readServerEnv();
  const seedDb = openServerDatabase({ file: env.dbFile, key: env.dbKey });
  const seed =
    process.env.IMR_SERVER_NO_DEMO === '1'
      ? null
      : await seedDemoData(seedDb, createRecordStore(env.recordsDir), new Date());
  seedDb.close();

  const server = await startServer({ ...env, logger: { level: process.env.IMR_SERVER_LOG ?? 'info' } });
  const lines = [
    `IMR sync server listening on ${server.url} (data in ${env.dataDir}, database ${env.dbKey ? 'encrypted' : 'not encrypted'})`,
  ];
  if (env.host !== '127.0.0.1' && env.host !== '::1')
    lines.push('Warning: listening beyond this machine. Put it behind TLS before real use.');
  if (seed) {
    lines.push(`Demo reviewer: ${seed.reviewerId}   token: ${seed.token}`);
    if (seed.assignedNow.length) lines.push(`Assigned demo cases: ${seed.assignedNow.join(', ')}`);
    lines.push(
      `Register the reviewer's signing certificate before uploading: npx tsx server/admin.ts register-cert ${seed.reviewerId} <cert.pem>`,
    );
  }
  process.stdout.write(lines.join('\n') + '\n');

  const stop = (code: number): Promise<void> => server.close().then(() => process.exit(code));
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
  installCrashHandlers(process, { error: (message, fields) => server.app.log.error(fields ?? {}, message) }, () =>
    stop(1),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${isAppError(error) ? `${error.code}: ${error.message}` : String(error)}\n`);
  process.exit(1);
});

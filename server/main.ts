import { isAppError } from '../shared/ipc';
import { installCrashHandlers } from '../shared/runtime';
import { describeDatabase, openServerDatabase } from './db';
import { seedDemoData } from './demo';
import { readServerEnv } from './readServerEnv';
import { startServer } from './startServer';
import { createRecordStorage } from './storage';

async function main(): Promise<void> {
  // Everything this process creates (database, -wal/-shm, record files, folders) is owner-only.
  process.umask(0o077);
  const env = readServerEnv(process.env, process.argv.slice(2));
  let seed = null;
  if (!env.noDemo) {
    const seedDb = await openServerDatabase(env.database);
    try {
      seed = await seedDemoData(seedDb, createRecordStorage(env.storage, seedDb), new Date());
    } finally {
      await seedDb.close();
    }
  }

  const server = await startServer({
    database: env.database,
    storage: env.storage,
    host: env.host,
    port: env.port,
    tokenDays: env.tokenDays,
    authLimits: env.authLimits,
    background: env.background,
    shutdownGraceMs: env.shutdownGraceMs,
    trustProxy: env.trustProxy,
    logger: { level: env.logLevel },
  });
  const encrypted = env.database.engine === 'sqlite' ? (env.database.key ? ', encrypted' : ', not encrypted') : '';
  const lines = [
    `IMR sync server listening on ${server.url} (instance ${server.instanceId}; ${describeDatabase(env.database)}${encrypted}; storage ${server.storage.name})`,
  ];
  if (env.host !== '127.0.0.1' && env.host !== '::1')
    lines.push('Warning: listening beyond this machine. Put it behind TLS before real use.');
  if (seed) {
    lines.push(
      seed.token
        ? `Demo reviewer: ${seed.reviewerId}   token: ${seed.token}   (shown once; it expires in ${env.tokenDays} days)`
        : `Demo reviewer: ${seed.reviewerId} (its first token was printed at the first start; for another: npx tsx server/admin.ts issue-token ${seed.reviewerId}, or enrol ${seed.reviewerId})`,
    );
    if (seed.assignedNow.length) lines.push(`Assigned demo cases: ${seed.assignedNow.join(', ')}`);
    lines.push(
      `Register the reviewer's signing certificate before uploading (npx tsx server/admin.ts register-cert ${seed.reviewerId} <cert.pem>), or sign in with a code from: npx tsx server/admin.ts enrol ${seed.reviewerId}`,
    );
  }
  process.stdout.write(lines.join('\n') + '\n');

  let exiting = false;
  const exit = (code: number, graceful: boolean): void => {
    if (exiting) return;
    exiting = true;
    void (graceful ? server.shutdown() : server.stop()).finally(() => process.exit(code));
  };
  process.once('SIGINT', () => exit(0, true));
  process.once('SIGTERM', () => exit(0, true));
  installCrashHandlers(process, { error: (message, fields) => server.app.log.error(fields ?? {}, message) }, () =>
    exit(1, false),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${isAppError(error) ? `${error.code}: ${error.message}` : String(error)}\n`);
  process.exit(1);
});

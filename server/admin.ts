import { isAppError } from '../shared/ipc';
import { runAdminCommand } from './adminCommands';
import { openServerDatabase } from './db';
import { createRecordStore } from './records';
import { readServerEnv } from './readServerEnv';

async function main(): Promise<number> {
  const env = readServerEnv();
  const db = openServerDatabase({ file: env.dbFile, key: env.dbKey });
  try {
    const output = await runAdminCommand(process.argv.slice(2), {
      db,
      records: createRecordStore(env.recordsDir),
      now: new Date(),
    });
    process.stdout.write(output + '\n');
    return 0;
  } finally {
    db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${isAppError(error) ? error.message : String(error)}\n`);
    process.exit(1);
  },
);

import { isAppError } from '../shared/ipc';
import { ADMIN_USAGE, runAdminCommand } from './adminCommands';
import { openServerDatabase } from './db';
import { readServerEnv } from './readServerEnv';

async function main(): Promise<number> {
  process.umask(0o077);
  const args = process.argv.slice(2);
  const urlAt = args.findIndex((arg) => arg === '--database-url' || arg.startsWith('--database-url='));
  const rest =
    urlAt < 0 ? args : args.filter((_, i) => i !== urlAt && !(args[urlAt] === '--database-url' && i === urlAt + 1));
  const env = readServerEnv(process.env, args);
  if (rest[0] === undefined || rest[0] === 'help' || rest[0] === '--help') {
    process.stdout.write(ADMIN_USAGE + '\n');
    return 0;
  }
  const db = await openServerDatabase(env.database);
  try {
    const output = await runAdminCommand(rest, {
      db,
      storage: env.storage,
      now: new Date(),
      tokenDays: env.tokenDays,
      print: (line) => process.stdout.write(line + '\n'),
    });
    process.stdout.write(output + '\n');
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${isAppError(error) ? error.message : String(error)}\n`);
    process.exit(1);
  },
);

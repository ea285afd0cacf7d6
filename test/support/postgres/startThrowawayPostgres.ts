import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export interface ThrowawayPostgres {
  readonly port: number;
  /** The cluster's data folder (postmaster.pid names the server process). */
  readonly dataDir: string;
  /** The maintenance database, for creating and dropping test databases. */
  readonly adminUrl: string;
  urlFor(database: string): string;
  /**
   * A fresh, empty database (or a copy of `template`, which must have no open connections); drop() removes it even
   * while servers still hold connections.
   */
  createDatabase(prefix?: string, template?: string): Promise<{ name: string; url: string; drop(): Promise<void> }>;
  /** pg_ctl restart -m fast: every connection is cut, the cluster comes back on the same port. */
  restart(): Promise<void>;
  /** Stops the cluster but keeps its data (the database is unreachable until up()). */
  down(): Promise<void>;
  up(): Promise<void>;
  stop(): Promise<void>;
}

export interface ThrowawayOptions {
  /** Folder to make the cluster in (default the OS temp folder; /dev/shm for benchmarks). */
  parent?: string;
  /** Durable commits (benchmarks compare like with like); tests run without fsync. */
  durable?: boolean;
}

/** Debian keeps each major version's server binaries apart; IMR_PG_BIN overrides. */
export function postgresBinDir(): string {
  const fromEnv = process.env.IMR_PG_BIN;
  if (fromEnv) return fromEnv;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions[0]) {
    throw new Error(
      'PostgreSQL server binaries not found: apt-get install postgresql (or set IMR_PG_BIN to its bin folder).',
    );
  }
  return join(root, versions[0], 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * A real PostgreSQL cluster for tests and benchmarks: initdb into a temp folder, listening on 127.0.0.1 at a free
 * port with a random password, stopped and deleted afterwards (also when the process exits early). initdb and
 * postgres refuse to run as root, so as root they run as the `postgres` user.
 */
export async function startThrowawayPostgres(options: ThrowawayOptions = {}): Promise<ThrowawayPostgres> {
  const bin = postgresBinDir();
  const asRoot = process.getuid?.() === 0;
  const base = mkdtempSync(join(options.parent ?? tmpdir(), 'imr-pg-'));
  const data = join(base, 'data');
  const password = randomBytes(18).toString('base64url');
  const user = 'imr';
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(base, uid, gid);
  }
  const pwfile = join(base, 'pwfile');
  writeFileSync(pwfile, password, { mode: 0o600 });
  if (asRoot) chownSync(pwfile, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), -1);
  const command = (tool: string, args: string[]): [string, string[]] =>
    asRoot ? [runuserPath(), ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args];

  const [initCmd, initArgs] = command('initdb', [
    '-D',
    data,
    '-U',
    user,
    `--pwfile=${pwfile}`,
    '--auth=scram-sha-256',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-sync',
  ]);
  await run(initCmd, initArgs);
  rmSync(pwfile, { force: true });

  let port = 0;
  const settings = (p: number): string =>
    [
      `-c port=${p}`,
      '-c listen_addresses=127.0.0.1',
      `-c unix_socket_directories=${base}`,
      '-c max_connections=200',
      '-c shared_buffers=64MB',
      ...(options.durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
    ].join(' ');
  const pgCtl = (args: string[]) => {
    const [cmd, full] = command('pg_ctl', ['-D', data, ...args]);
    return run(cmd, full);
  };
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    try {
      await pgCtl(['-l', join(base, 'server.log'), '-w', '-t', '60', '-o', settings(port), 'start']);
      break;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }

  let stopped = false;
  const stopNow = (): void => {
    if (stopped) return;
    stopped = true;
    const [cmd, args] = command('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    try {
      execFileSync(cmd, args, { stdio: 'ignore' });
    } catch {
      // already down
    }
    rmSync(base, { recursive: true, force: true });
  };
  process.once('exit', stopNow);

  const urlFor = (database: string) =>
    `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  const adminUrl = urlFor('postgres');
  const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };

  return {
    get port() {
      return port;
    },
    dataDir: data,
    adminUrl,
    urlFor,
    async createDatabase(prefix = 'imr_test', template?: string) {
      const name = `${prefix}_${randomBytes(5).toString('hex')}`;
      await admin((client) => client.query(`create database "${name}"${template ? ` template "${template}"` : ''}`));
      return {
        name,
        url: urlFor(name),
        drop: () =>
          admin((client) => client.query(`drop database if exists "${name}" with (force)`)).then(() => undefined),
      };
    },
    async restart() {
      await pgCtl(['-l', join(base, 'server.log'), '-m', 'fast', '-w', '-t', '60', '-o', settings(port), 'restart']);
    },
    async down() {
      await pgCtl(['-m', 'fast', '-w', 'stop']);
    },
    async up() {
      await pgCtl(['-l', join(base, 'server.log'), '-w', '-t', '60', '-o', settings(port), 'start']);
    },
    async stop() {
      process.removeListener('exit', stopNow);
      if (stopped) return;
      stopped = true;
      await pgCtl(['-m', 'fast', '-w', 'stop']).catch(() => undefined);
      rmSync(base, { recursive: true, force: true });
    },
  };
}

/** runuser lives in sbin, which a non-login root shell (a CI runner, say) may not have on its PATH. */
function runuserPath(): string {
  const dirs = [...(process.env['PATH'] ?? '').split(':').filter(Boolean), '/usr/sbin', '/sbin', '/usr/bin', '/bin'];
  const found = dirs.map((d) => join(d, 'runuser')).find((f) => existsSync(f));
  if (!found)
    throw new Error('runuser (util-linux) is needed to run PostgreSQL as the postgres user when tests run as root');
  return found;
}

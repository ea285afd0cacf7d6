import { join } from 'node:path';
import { AppError } from '../shared/ipc';
import { DEFAULT_AUTH_LIMITS, DEFAULT_TOKEN_DAYS, type AuthThrottleLimits } from './auth';
import type { DatabaseConfig } from './db';
import { DEFAULT_BACKGROUND, DEFAULT_SHUTDOWN_GRACE_MS, type BackgroundOptions } from './startServer';
import { STORAGE_DRIVERS, type StorageConfig, type StorageDriverName } from './storage';

export interface ServerEnv {
  dataDir: string;
  database: DatabaseConfig;
  storage: StorageConfig;
  host: string;
  port: number;
  tokenDays: number;
  authLimits: AuthThrottleLimits;
  background: BackgroundOptions;
  shutdownGraceMs: number;
  /** Fastify trustProxy: false, true, or the load balancers' addresses (comma-separated, CIDR allowed). */
  trustProxy: boolean | string;
  logLevel: string;
  noDemo: boolean;
}

/** Every setting the server and the admin command line read, with the README's defaults; a bad value is refused in words. */
export function readServerEnv(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = []): ServerEnv {
  const dataDir = env.IMR_SERVER_DATA ?? join(process.cwd(), '.workspace', 'server');
  const port = whole(env, 'IMR_SERVER_PORT', 8787, 0, 65535);
  const databaseUrl = (flag(argv, '--database-url') ?? env.DATABASE_URL) || undefined;
  let database: DatabaseConfig;
  if (databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
      throw new AppError(
        'INVALID_INPUT',
        'DATABASE_URL must be a PostgreSQL connection string, e.g. postgres://imr:secret@db.example.org:5432/imr_sync.',
      );
    }
    database = { engine: 'postgres', url: databaseUrl, poolSize: whole(env, 'IMR_SERVER_DB_POOL', 10, 1, 500) };
  } else {
    const keyHex = env.IMR_SERVER_DB_KEY;
    if (keyHex !== undefined && !/^[0-9a-fA-F]{64}$/.test(keyHex)) {
      throw new AppError(
        'DB_KEY_INVALID',
        'IMR_SERVER_DB_KEY must be 64 hex digits (a 32-byte key), e.g. from: openssl rand -hex 32',
      );
    }
    database = {
      engine: 'sqlite',
      file: join(dataDir, 'sync-server.db'),
      key: keyHex ? Buffer.from(keyHex, 'hex') : null,
    };
  }
  const primary = driver(env, 'IMR_STORAGE', 'fs');
  const fallbacks = (env.IMR_STORAGE_FALLBACK ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => driver({ IMR_STORAGE_FALLBACK: name }, 'IMR_STORAGE_FALLBACK', 'fs'));
  return {
    dataDir,
    database,
    storage: { primary, fallbacks, dir: join(dataDir, 'records') },
    host: env.IMR_SERVER_HOST ?? '127.0.0.1',
    port,
    tokenDays: whole(env, 'IMR_TOKEN_DAYS', DEFAULT_TOKEN_DAYS, 1, 3650),
    authLimits: {
      ...DEFAULT_AUTH_LIMITS,
      maxFailures: whole(env, 'IMR_AUTH_MAX_FAILURES', DEFAULT_AUTH_LIMITS.maxFailures, 1, 100_000),
    },
    background: {
      intervalMs: whole(env, 'IMR_BACKGROUND_INTERVAL_S', DEFAULT_BACKGROUND.intervalMs / 1000, 1, 86_400) * 1000,
      feedRetentionDays: whole(env, 'IMR_FEED_RETENTION_DAYS', DEFAULT_BACKGROUND.feedRetentionDays, 1, 36_500),
    },
    shutdownGraceMs: whole(env, 'IMR_SHUTDOWN_GRACE_S', DEFAULT_SHUTDOWN_GRACE_MS / 1000, 0, 3600) * 1000,
    trustProxy: trustProxyOf(env.IMR_TRUST_PROXY),
    logLevel: env.IMR_SERVER_LOG ?? 'info',
    // Demo data goes into a fresh SQLite file by default, into PostgreSQL only when asked.
    noDemo: env.IMR_SERVER_NO_DEMO === '1' || (databaseUrl !== undefined && env.IMR_SERVER_DEMO !== '1'),
  };
}

function flag(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  if (index >= 0) return argv[index + 1];
  return argv.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1);
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new AppError('INVALID_INPUT', `${name} must be a whole number from ${min} to ${max}, not "${text}".`);
  }
  return value;
}

function driver(env: NodeJS.ProcessEnv, name: string, fallback: StorageDriverName): StorageDriverName {
  const value = env[name] ?? fallback;
  if (!(STORAGE_DRIVERS as readonly string[]).includes(value)) {
    throw new AppError('INVALID_INPUT', `${name} must be one of ${STORAGE_DRIVERS.join(', ')}, not "${value}".`);
  }
  return value as StorageDriverName;
}

function trustProxyOf(text: string | undefined): boolean | string {
  if (text === undefined || text === '' || text === 'false') return false;
  return text === 'true' ? true : text;
}

import { join } from 'node:path';
import { AppError } from '../shared/ipc';

export interface ServerEnv {
  dataDir: string;
  dbFile: string;
  recordsDir: string;
  host: string;
  port: number;
  dbKey: Buffer | null;
}

/** IMR_SERVER_DATA (folder), IMR_SERVER_HOST (127.0.0.1), IMR_SERVER_PORT (8787), IMR_SERVER_DB_KEY (64 hex digits, optional). */
export function readServerEnv(env: NodeJS.ProcessEnv = process.env): ServerEnv {
  const dataDir = env.IMR_SERVER_DATA ?? join(process.cwd(), '.workspace', 'server');
  const port = Number(env.IMR_SERVER_PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new AppError(
      'INVALID_INPUT',
      `IMR_SERVER_PORT must be a port number (0-65535), not "${env.IMR_SERVER_PORT}".`,
    );
  }
  const keyHex = env.IMR_SERVER_DB_KEY;
  if (keyHex !== undefined && !/^[0-9a-fA-F]{64}$/.test(keyHex)) {
    throw new AppError(
      'DB_KEY_INVALID',
      'IMR_SERVER_DB_KEY must be 64 hex digits (a 32-byte key), e.g. from: openssl rand -hex 32',
    );
  }
  return {
    dataDir,
    dbFile: join(dataDir, 'sync-server.db'),
    recordsDir: join(dataDir, 'records'),
    host: env.IMR_SERVER_HOST ?? '127.0.0.1',
    port,
    dbKey: keyHex ? Buffer.from(keyHex, 'hex') : null,
  };
}

import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/ipc';
import { keyPragmas } from './openDatabase';

/**
 * A second connection to the workspace database in a worker thread, for work that reads the whole file (an
 * integrity check, a backup copy) without stopping the back end for seconds: WAL lets it read a consistent
 * snapshot while the main connection keeps writing.
 */
export interface DatabaseWorker {
  pragma(pragma: string): Promise<unknown[]>;
  all(sql: string, ...params: unknown[]): Promise<unknown[]>;
  run(sql: string, ...params: unknown[]): Promise<void>;
  /** Stops the worker, even mid-statement. */
  close(): Promise<void>;
}

type Request = { id: number; kind: 'pragma' | 'all' | 'run'; sql: string; params: unknown[] };
type Reply = { id: number; value?: unknown[]; error?: string };

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.file, { fileMustExist: true });
  for (const pragma of workerData.keyPragmas) db.pragma(pragma);
  db.pragma('busy_timeout = 5000');
} catch (error) {
  db = { error: String((error && error.message) || error) };
}
parentPort.on('message', ({ id, kind, sql, params }) => {
  try {
    if (db.error) throw new Error(db.error);
    const value = kind === 'pragma' ? db.pragma(sql) : kind === 'all' ? db.prepare(sql).all(...params) : (db.prepare(sql).run(...params), []);
    parentPort.postMessage({ id, value });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;

export function openDatabaseWorker(file: string, key: Buffer): DatabaseWorker {
  const resolve = typeof require === 'function' ? require.resolve : createRequire(import.meta.url).resolve;
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { driver: resolve('better-sqlite3-multiple-ciphers'), file, keyPragmas: keyPragmas(key) },
  });
  // Background work never keeps a process (the command line, a test) from exiting.
  worker.unref();
  const pending = new Map<number, { resolve: (value: unknown[]) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let stopped: Error | null = null;
  const failAll = (error: Error) => {
    stopped = error;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  worker.on('message', (reply: Reply) => {
    const p = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.error !== undefined) p?.reject(new AppError('DB_CORRUPT', reply.error));
    else p?.resolve(reply.value ?? []);
  });
  worker.on('error', (error) => failAll(error));
  worker.on('exit', () => failAll(new AppError('INTERNAL', 'The database worker stopped.')));
  const send = (kind: Request['kind'], sql: string, params: unknown[]) =>
    new Promise<unknown[]>((resolvePromise, reject) => {
      if (stopped) return reject(stopped);
      const id = nextId++;
      pending.set(id, { resolve: resolvePromise, reject });
      worker.postMessage({ id, kind, sql, params } satisfies Request);
    });
  return {
    pragma: (pragma) => send('pragma', pragma, []),
    all: (sql, ...params) => send('all', sql, params),
    run: async (sql, ...params) => {
      await send('run', sql, params);
    },
    async close() {
      await worker.terminate();
    },
  };
}

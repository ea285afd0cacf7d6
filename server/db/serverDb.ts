import type { Kysely } from 'kysely';
import type { ServerSchema } from './serverSchema';

export type ServerEngine = 'sqlite' | 'postgres';

/** What repositories run their statements on: the database, or a transaction of it. */
export type Queryable = Kysely<ServerSchema>;

/** The server's database on either engine; every write goes through write(). */
export interface ServerDb {
  readonly engine: ServerEngine;
  /** Single statements outside any transaction. Never use it inside write(): use its `tx`. */
  readonly query: Queryable;
  /**
   * One write transaction. SQLite: BEGIN IMMEDIATE. PostgreSQL: SERIALIZABLE, re-run from the start when another
   * instance's transaction conflicts with it, so `work` must touch nothing but the database.
   */
  write<T>(work: (tx: Queryable) => Promise<T>, options?: WriteOptions): Promise<T>;
  /** Resolves when the database answers within the time; readiness uses it. */
  ping(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

export interface WriteOptions {
  /**
   * PostgreSQL: 'read committed' for hot transactions whose exactness rests on unique constraints alone (an upload,
   * a stored blob): a twin committed by another instance raises a unique violation, the transaction re-runs and sees
   * it. SERIALIZABLE's predicate locks would make many concurrent uploads fail each other for no reason.
   */
  isolation?: 'serializable' | 'read committed';
}

import type { ServerDb } from '../db';

/**
 * Who may run background work. acquire() answers the database to run it on while this instance leads, or null
 * while another instance does.
 */
export interface Leadership {
  acquire(): Promise<ServerDb | null>;
  isLeader(): boolean;
  /** Gives the lead up (graceful shutdown) so another instance takes over at its next look. */
  release(): Promise<void>;
}

/** SQLite: one server process owns the file, so it always leads. */
export function soleLeadership(db: ServerDb): Leadership {
  return { acquire: async () => db, isLeader: () => true, release: async () => undefined };
}

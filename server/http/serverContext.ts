import type { ServerDb } from '../db';
import type { RecordStore } from '../records';

/** What every route group needs; built once by createServer. */
export interface ServerContext {
  db: ServerDb;
  records: RecordStore;
  now: () => Date;
  uploadLimitBytes: number;
}

import type { ServerDb } from '../db/serverDb';
import type { RecordStore } from '../records/createRecordStore';

/** What every route group needs; built once by createServer. */
export interface ServerContext {
  db: ServerDb;
  records: RecordStore;
  now: () => Date;
  uploadLimitBytes: number;
}

import type { AuthThrottle } from '../auth';
import type { ServerDb } from '../db';
import type { BlobStorage } from '../storage';

/** What every route group needs; built once per start by createServer. */
export interface ServerContext {
  db: ServerDb;
  storage: BlobStorage;
  throttle: AuthThrottle;
  now: () => Date;
  uploadLimitBytes: number;
  /** Validity of tokens issued at enrolment. */
  tokenDays: number;
}

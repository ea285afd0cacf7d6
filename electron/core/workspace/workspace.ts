import type { Db } from '../db/openDatabase';
import type { Logger } from '../log/logger';
import type { ContentStore } from '../records/contentStore';
import type { Clock } from './clock';

/** Everything a service needs, opened once per back-end process. */
export interface Workspace {
  readonly db: Db;
  readonly dataDir: string;
  readonly store: ContentStore;
  readonly log: Logger;
  readonly clock: Clock;
  readonly kind: 'demo' | 'synced';
  close(): void;
}

import type { Db } from '../db';
import type { Logger } from '../log';
import type { ContentStore, RecordKey } from '../recordStore';

import type { Clock } from './clock';

/** Everything a service needs, opened once per back-end process. */
export interface Workspace {
  readonly db: Db;
  readonly dataDir: string;
  readonly store: ContentStore;
  /** The record key that encrypts new files first, then keys that still read older ones (during a rekey). */
  readonly recordKeys: readonly [RecordKey, ...RecordKey[]];
  readonly log: Logger;
  readonly clock: Clock;
  readonly kind: 'demo' | 'synced';
  close(): void;
}

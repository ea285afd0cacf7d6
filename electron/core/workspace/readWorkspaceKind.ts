import { readSetting } from '../db/repositories/settingsRepository';
import type { Db } from '../db/openDatabase';

/** Read live: signing in to a server turns the demo workspace into a synced one without a restart. */
export function readWorkspaceKind(db: Db): 'demo' | 'synced' {
  return readSetting(db, 'sync.server') === undefined ? 'demo' : 'synced';
}

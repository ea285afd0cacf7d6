import { readSetting, type Db } from '../db';

/** Read live: signing in to a server turns the demo workspace into a synced one without a restart. */
export function readWorkspaceKind(db: Db): 'demo' | 'synced' {
  return readSetting(db, 'sync.server') === undefined ? 'demo' : 'synced';
}

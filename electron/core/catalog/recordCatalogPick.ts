import { listRecentPickIds, pruneRecentPicks, recordPick } from '../db';
import type { Workspace } from '../workspace';
import { MAX_RECENT_PICKS } from './listLocalCatalog';

export function recordCatalogPick(ws: Workspace, catalogId: string): { recentIds: string[] } {
  const at = ws.clock.now().toISOString();
  return ws.db.transaction(() => {
    recordPick(ws.db, catalogId, at);
    pruneRecentPicks(ws.db, MAX_RECENT_PICKS);
    return { recentIds: listRecentPickIds(ws.db, MAX_RECENT_PICKS) };
  })();
}

import { deleteLiterature } from '../db/repositories/literatureRepository';
import type { Workspace } from '../workspace/workspace';

export function removeLiterature(ws: Workspace, id: string): { removed: boolean } {
  return ws.db.transaction(() => ({ removed: deleteLiterature(ws.db, id) }))();
}

import { deleteLiterature } from '../db';
import type { Workspace } from '../workspace';

export function removeLiterature(ws: Workspace, id: string): { removed: boolean } {
  return ws.db.transaction(() => ({ removed: deleteLiterature(ws.db, id) }))();
}

import { deleteHighlight } from '../db/repositories/highlightRepository';
import type { Workspace } from '../workspace/workspace';

export function removeHighlight(ws: Workspace, highlightId: string): boolean {
  return ws.db.transaction(() => deleteHighlight(ws.db, highlightId))();
}

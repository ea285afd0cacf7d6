import { deleteHighlight } from '../db';
import type { Workspace } from '../workspace';

export function removeHighlight(ws: Workspace, highlightId: string): boolean {
  return ws.db.transaction(() => deleteHighlight(ws.db, highlightId))();
}

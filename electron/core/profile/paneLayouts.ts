import { paneLayoutsSchema } from '../../../shared/ipc';
import { readSetting, writeSetting, type Db } from '../db';

export const PANE_LAYOUTS_KEY = 'ui.paneLayouts';
const MAX_LAYOUTS = 20;

export function readPaneLayouts(db: Db): { layouts: Record<string, string> } {
  const parsed = paneLayoutsSchema.safeParse(readSetting(db, PANE_LAYOUTS_KEY));
  return { layouts: parsed.success ? parsed.data : {} };
}

/** One arrangement per layout id; a layout string the pane library cannot read is simply not restored. */
export function savePaneLayout(db: Db, id: string, layout: string): { saved: boolean } {
  return db.transaction(() => {
    const { layouts } = readPaneLayouts(db);
    const next = { ...layouts, [id]: layout };
    const kept = Object.fromEntries(Object.entries(next).slice(-MAX_LAYOUTS));
    writeSetting(db, PANE_LAYOUTS_KEY, kept);
    return { saved: true };
  })();
}

import {
  readLetterSettings,
  readPaneLayouts,
  readReviewerProfile,
  saveLetterSettings,
  savePaneLayout,
  saveReviewerProfile,
} from '../profile';

import type { WorkspaceServices } from '../services';
import type { PartialHandlerTable } from './handlerTable';

export function profileHandlers({
  ws,
}: WorkspaceServices): PartialHandlerTable<
  | 'profile.get'
  | 'profile.save'
  | 'profile.letterSettings'
  | 'profile.saveLetterSettings'
  | 'profile.paneLayouts'
  | 'profile.savePaneLayout'
> {
  return {
    'profile.get': () => readReviewerProfile(ws.db, ws.log),
    'profile.save': ({ profile }) => saveReviewerProfile(ws, profile),
    'profile.letterSettings': () => readLetterSettings(ws.db),
    'profile.saveLetterSettings': ({ settings }) => saveLetterSettings(ws, settings),
    'profile.paneLayouts': () => readPaneLayouts(ws.db),
    'profile.savePaneLayout': ({ id, layout }) => savePaneLayout(ws.db, id, layout),
  };
}

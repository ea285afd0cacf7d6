import { readLetterSettings, readReviewerProfile, saveLetterSettings, saveReviewerProfile } from '../profile';

import type { WorkspaceServices } from '../services';
import type { PartialHandlerTable } from './handlerTable';

export function profileHandlers({
  ws,
}: WorkspaceServices): PartialHandlerTable<
  'profile.get' | 'profile.save' | 'profile.letterSettings' | 'profile.saveLetterSettings'
> {
  return {
    'profile.get': () => readReviewerProfile(ws.db, ws.log),
    'profile.save': ({ profile }) => saveReviewerProfile(ws, profile),
    'profile.letterSettings': () => readLetterSettings(ws.db),
    'profile.saveLetterSettings': ({ settings }) => saveLetterSettings(ws, settings),
  };
}

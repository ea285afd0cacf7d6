import { readReviewerProfile, saveReviewerProfile } from '../profile';

import type { WorkspaceServices } from '../services';
import type { PartialHandlerTable } from './handlerTable';

export function profileHandlers({ ws }: WorkspaceServices): PartialHandlerTable<'profile.get' | 'profile.save'> {
  return {
    'profile.get': () => readReviewerProfile(ws.db, ws.log),
    'profile.save': ({ profile }) => saveReviewerProfile(ws, profile),
  };
}

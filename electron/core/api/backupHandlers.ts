import { createManualBackup } from '../backup/createManualBackup';
import type { WorkspaceServices } from '../services/createWorkspaceServices';
import type { PartialHandlerTable } from './handlerTable';

export function backupHandlers({ ws }: WorkspaceServices): PartialHandlerTable<'backup.create'> {
  return {
    'backup.create': () => createManualBackup(ws),
  };
}

import { createManualBackup } from '../backup';
import type { WorkspaceServices } from '../services';
import type { PartialHandlerTable } from './handlerTable';

export function backupHandlers({ ws }: WorkspaceServices): PartialHandlerTable<'backup.create'> {
  return {
    'backup.create': () => createManualBackup(ws),
  };
}

import { archiveClosedCases, describeArchive, saveArchivePolicy } from '../archive';
import type { WorkspaceServices } from '../services';
import type { PartialHandlerTable } from './handlerTable';

export function archiveHandlers({
  ws,
}: WorkspaceServices): PartialHandlerTable<'archive.policy' | 'archive.setPolicy' | 'archive.run'> {
  return {
    'archive.policy': () => describeArchive(ws),
    'archive.setPolicy': ({ policy }) => saveArchivePolicy(ws, policy),
    'archive.run': () => archiveClosedCases(ws),
  };
}

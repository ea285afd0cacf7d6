import { getVersion, listVersions, restoreVersion, takeManualSnapshot } from '../determinations';

import type { WorkspaceServices } from '../services';
import type { PartialHandlerTable } from './handlerTable';

export function versionHandlers({
  ws,
}: WorkspaceServices): PartialHandlerTable<
  'versions.list' | 'versions.get' | 'versions.snapshot' | 'versions.restore'
> {
  return {
    'versions.list': ({ caseId }) => listVersions(ws.db, caseId),
    'versions.get': ({ versionId }) => getVersion(ws.db, versionId),
    'versions.snapshot': ({ caseId }) => takeManualSnapshot(ws, caseId),
    'versions.restore': ({ caseId, versionId }) => restoreVersion(ws, caseId, versionId),
  };
}

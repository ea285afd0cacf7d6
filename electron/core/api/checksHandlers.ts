import { acknowledgeFinding, runCaseChecks } from '../checks';

import type { WorkspaceServices } from '../services';
import type { PartialHandlerTable } from './handlerTable';

export function checksHandlers({ ws }: WorkspaceServices): PartialHandlerTable<'checks.run' | 'checks.acknowledge'> {
  return {
    'checks.run': ({ caseId }) => runCaseChecks(ws, caseId),
    'checks.acknowledge': ({ caseId, key, acknowledged }) => acknowledgeFinding(ws, caseId, key, acknowledged),
  };
}

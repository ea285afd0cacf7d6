import { acknowledgeFinding } from '../checks/acknowledgeFinding';
import { runCaseChecks } from '../checks/runCaseChecks';
import type { WorkspaceServices } from '../services/createWorkspaceServices';
import type { PartialHandlerTable } from './handlerTable';

export function checksHandlers({ ws }: WorkspaceServices): PartialHandlerTable<'checks.run' | 'checks.acknowledge'> {
  return {
    'checks.run': ({ caseId }) => runCaseChecks(ws, caseId),
    'checks.acknowledge': ({ caseId, key, acknowledged }) => acknowledgeFinding(ws, caseId, key, acknowledged),
  };
}

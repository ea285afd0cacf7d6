import type { Workspace } from '../workspace/workspace';
import { appHandlers } from './appHandlers';
import { caseHandlers } from './caseHandlers';
import { determinationHandlers } from './determinationHandlers';
import { recordHandlers } from './recordHandlers';
import type { HandlerTable } from './handlerTable';

/** One handler per contract method; each capability contributes its own group. */
export function createHandlers(ws: Workspace, transport: 'electron' | 'shell' | 'in-process'): HandlerTable {
  return {
    ...appHandlers(ws, transport),
    ...caseHandlers(ws),
    ...determinationHandlers(ws),
    ...recordHandlers(ws),
  };
}

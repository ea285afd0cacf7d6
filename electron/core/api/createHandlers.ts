import type { Session } from '../session/createSession';
import type { Workspace } from '../workspace/workspace';
import { appHandlers } from './appHandlers';
import { auditHandlers } from './auditHandlers';
import { caseHandlers } from './caseHandlers';
import { catalogHandlers } from './catalogHandlers';
import { checksHandlers } from './checksHandlers';
import { determinationHandlers } from './determinationHandlers';
import { recordHandlers } from './recordHandlers';
import { syncHandlers } from './syncHandlers';
import type { HandlerTable } from './handlerTable';
import { profileHandlers } from './profileHandlers';
import { sessionHandlers } from './sessionHandlers';
import { signingHandlers } from './signingHandlers';
import { versionHandlers } from './versionHandlers';

/** One handler per contract method; each capability contributes its own group. */
export function createHandlers(ws: Workspace, transport: 'electron' | 'shell' | 'in-process', session: Session): HandlerTable {
  const cases = caseHandlers(ws);
  return {
    ...appHandlers(ws, transport),
    ...cases,
    ...determinationHandlers(ws),
    ...versionHandlers(ws),
    ...catalogHandlers(ws),
    ...recordHandlers(ws),
    ...syncHandlers(ws),
    ...sessionHandlers(session),
    ...auditHandlers(ws, cases['cases.get']),
    ...checksHandlers(ws),
    ...profileHandlers(ws),
    ...signingHandlers(ws),
  };
}

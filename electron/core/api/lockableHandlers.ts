import { METHOD_NAMES, type MethodName } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/appError';
import type { CallContext, HandlerTable, PartialHandlerTable } from './handlerTable';
import type { SessionMethod } from './sessionHandlers';
import type { Workspace } from '../workspace/workspace';
import type { Session } from '../session/createSession';

type AnyHandler = (input: unknown, ctx: CallContext) => unknown;

const isSessionMethod = (method: MethodName): method is SessionMethod => method.startsWith('session.');

/**
 * A handler table that follows the session: each unlock builds a fresh table on the new workspace (so upload
 * buffers and job state from before a lock are dropped); while locked only the session methods answer.
 */
export function lockableHandlers(session: Session, sessionTable: PartialHandlerTable<SessionMethod>, build: (ws: Workspace) => HandlerTable): HandlerTable {
  let current: { ws: Workspace; table: HandlerTable } | null = null;
  const handlerFor = (method: MethodName): AnyHandler => {
    const ws = session.workspace();
    if (current && current.ws !== ws) current = null;
    if (isSessionMethod(method)) return sessionTable[method] as AnyHandler;
    if (!ws) throw new AppError('SESSION_LOCKED', 'The workstation is locked. Unlock it to continue.');
    if (current?.ws !== ws) current = { ws, table: build(ws) };
    return current.table[method] as AnyHandler;
  };
  return Object.fromEntries(METHOD_NAMES.map((m) => [m, (input: unknown, ctx: CallContext) => handlerFor(m)(input, ctx)])) as unknown as HandlerTable;
}

import { AppError, METHOD_NAMES, type MethodName } from '../../../shared/ipc';

import type { WorkspaceServices } from '../services';
import type { WorkspaceHandlerTable } from './createHandlers';
import type { CallContext, HandlerTable, PartialHandlerTable } from './handlerTable';
import type { SessionMethod } from './sessionHandlers';

type AnyHandler = (input: unknown, ctx: CallContext) => unknown;

const isSessionMethod = (method: MethodName): method is SessionMethod => method.startsWith('session.');

/**
 * One handler table for the life of the back end: session methods always answer; every other method goes to the
 * table of the workspace open now (built once per unlock, so nothing from before a lock survives it).
 */
export function lockableHandlers(
  sessionTable: PartialHandlerTable<SessionMethod>,
  services: () => WorkspaceServices | null,
  build: (services: WorkspaceServices) => WorkspaceHandlerTable,
): HandlerTable {
  let current: { services: WorkspaceServices; table: WorkspaceHandlerTable } | null = null;
  const handlerFor = (method: MethodName): AnyHandler => {
    if (isSessionMethod(method)) return sessionTable[method] as AnyHandler;
    const open = services();
    if (!open) throw new AppError('SESSION_LOCKED', 'The workstation is locked. Unlock it to continue.');
    if (current?.services !== open) current = { services: open, table: build(open) };
    return current.table[method] as AnyHandler;
  };
  return Object.fromEntries(
    METHOD_NAMES.map((m) => [m, (input: unknown, ctx: CallContext) => handlerFor(m)(input, ctx)]),
  ) as unknown as HandlerTable;
}

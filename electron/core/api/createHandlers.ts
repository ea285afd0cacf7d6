import type { WorkspaceServices } from '../services';
import { appHandlers } from './appHandlers';
import { archiveHandlers } from './archiveHandlers';
import { auditHandlers } from './auditHandlers';
import { backupHandlers } from './backupHandlers';
import { caseHandlers } from './caseHandlers';
import { catalogHandlers } from './catalogHandlers';
import { checksHandlers } from './checksHandlers';
import { chronologyHandlers } from './chronologyHandlers';
import { determinationHandlers } from './determinationHandlers';
import type { HandlerTable } from './handlerTable';
import { profileHandlers } from './profileHandlers';
import { recordHandlers } from './recordHandlers';
import type { SessionMethod } from './sessionHandlers';
import { signingHandlers } from './signingHandlers';
import { snippetHandlers } from './snippetHandlers';
import { syncHandlers } from './syncHandlers';
import { versionHandlers } from './versionHandlers';

/** The handlers of an open workspace: one per contract method except the session's, each capability contributing its group. */
export type WorkspaceHandlerTable = Omit<HandlerTable, SessionMethod>;

export function createHandlers(services: WorkspaceServices): WorkspaceHandlerTable {
  return {
    ...appHandlers(services),
    ...caseHandlers(services),
    ...archiveHandlers(services),
    ...determinationHandlers(services),
    ...versionHandlers(services),
    ...catalogHandlers(services),
    ...recordHandlers(services),
    ...chronologyHandlers(services),
    ...syncHandlers(services),
    ...auditHandlers(services),
    ...backupHandlers(services),
    ...checksHandlers(services),
    ...profileHandlers(services),
    ...signingHandlers(services),
    ...snippetHandlers(services),
  };
}

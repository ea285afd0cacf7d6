import type { Workspace } from '../workspace/workspace';
import { resetDemoWorkspace } from '../workspace/seedDemoWorkspace';
import type { PartialHandlerTable } from './handlerTable';

export const APP_VERSION = '0.1.0';

export function appHandlers(ws: Workspace, transport: 'electron' | 'shell' | 'in-process'): PartialHandlerTable<'app.info' | 'demo.reset'> {
  return {
    'app.info': () => ({ version: APP_VERSION, workspaceKind: ws.kind, transport, today: ws.clock.today() }),
    'demo.reset': async () => ({ caseCount: await resetDemoWorkspace(ws) }),
  };
}

import { APP_VERSION } from '../../../shared/appName';
import { readWorkspaceKind } from '../workspace';
import { resetDemoWorkspace } from '../demo';
import type { WorkspaceServices } from '../services';
import type { PartialHandlerTable } from './handlerTable';

export function appHandlers({ ws }: WorkspaceServices): PartialHandlerTable<'app.info' | 'demo.reset'> {
  return {
    'app.info': (_input, ctx) => ({
      version: APP_VERSION,
      workspaceKind: readWorkspaceKind(ws.db),
      transport: ctx.transport,
      today: ws.clock.today(),
    }),
    'demo.reset': async () => ({ caseCount: await resetDemoWorkspace(ws) }),
  };
}

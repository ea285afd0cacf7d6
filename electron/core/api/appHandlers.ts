import { APP_VERSION } from '../../../shared/appName';
import { AppError } from '../../../shared/ipc';
import { runDoctor } from '../doctor';
import { readWorkspaceKind } from '../workspace';
import { resetDemoWorkspace } from '../demo';
import type { WorkspaceServices } from '../services';
import type { PartialHandlerTable } from './handlerTable';

export function appHandlers({
  ws,
  settings,
}: WorkspaceServices): PartialHandlerTable<'app.info' | 'app.doctor' | 'demo.reset'> {
  return {
    'app.info': (_input, ctx) => ({
      version: APP_VERSION,
      workspaceKind: readWorkspaceKind(ws.db),
      transport: ctx.transport,
      today: ws.clock.today(),
    }),
    'app.doctor': ({ fix }) => {
      if (fix && settings.readOnly)
        throw new AppError(
          'WORKSPACE_IN_USE',
          'Another program holds this workspace: close it, then run doctor --fix.',
        );
      return runDoctor(ws, {
        fix: fix === true,
        keyKind: settings.keyKind(),
        anchors: settings.auditAnchors,
        repairedAtStart: settings.repairedAtStart,
        openBackup: settings.openBackup,
      });
    },
    'demo.reset': async () => ({ caseCount: await resetDemoWorkspace(ws) }),
  };
}

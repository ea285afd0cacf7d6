import { errorMessage } from '../errorMessage';

/** The part of Node's `process` (or Electron's main process) the handlers subscribe to. */
export interface ProcessEvents {
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

export interface CrashLog {
  error(message: string, fields?: Record<string, unknown>): void;
}

/**
 * Last-resort handlers for a long-running process (desktop main process, browser shell, sync server).
 * An unhandled rejection is logged and the process keeps serving: every write is its own transaction, so a failed
 * promise has committed nothing half-done. An uncaught exception leaves the process in an unknown state, so it is
 * logged, `shutDown` closes the database cleanly (committed work is already on disk) and the process exits.
 */
export function installCrashHandlers(
  events: ProcessEvents,
  log: CrashLog,
  shutDown: (error: unknown) => void | Promise<void>,
): void {
  let shuttingDown = false;
  events.on('unhandledRejection', (reason) => {
    log.error('A background task failed; the app keeps running and saved work is intact', {
      error: errorMessage(reason),
      stack: stackOf(reason),
    });
  });
  events.on('uncaughtException', (error) => {
    log.error('Unexpected error; closing the workspace cleanly (saved work is intact)', {
      error: errorMessage(error),
      stack: stackOf(error),
    });
    if (shuttingDown) return;
    shuttingDown = true;
    void Promise.resolve()
      .then(() => shutDown(error))
      .catch((closeError: unknown) =>
        log.error('Closing after the error failed too', { error: errorMessage(closeError) }),
      );
  });
}

function stackOf(value: unknown): string | undefined {
  return value instanceof Error ? value.stack?.split('\n').slice(0, 8).join('\n') : undefined;
}

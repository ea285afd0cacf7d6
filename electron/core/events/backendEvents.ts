import type { BackendEvent } from '../../../shared/ipc';
import type { Logger } from '../log';
import { errorMessage } from '../../../shared/errorMessage';

export type EmitEvent = (event: BackendEvent) => void;

export interface BackendEvents {
  emit: EmitEvent;
  /** Every event from now on; returns the unsubscribe. */
  subscribe(listener: (event: BackendEvent) => void): () => void;
}

/** One per back end: services emit, transports (IPC, the shell's stream) and the sync scheduler listen. */
export function createBackendEvents(log: Logger): BackendEvents {
  const listeners = new Set<(event: BackendEvent) => void>();
  return {
    emit(event) {
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (error) {
          log.warn('A listener of back-end events failed', { type: event.type, error: errorMessage(error) });
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** For code that may run without anyone listening (tests, the command line). */
export const ignoreEvents: EmitEvent = () => undefined;

import { act } from '@testing-library/react';
import type { BackendEvent } from '../../../shared/ipc/backendEvents';

export interface HeldCall {
  method: string;
  input: unknown;
  /** Answers the call inside act(), so whatever the reply sets has rendered when this resolves. */
  reply(value: unknown): Promise<void>;
  fail(error: unknown): Promise<void>;
}

interface Settle {
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

const held: HeldCall[] = [];

/**
 * Stands in for `call` from renderer/src/api (vi.mock the module with this one): every call waits until the
 * test answers it, so a test can deliver replies in any order.
 */
export function call(method: string, input: unknown): Promise<unknown> {
  let settle: Settle | null = null;
  const promise = new Promise<unknown>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const answered = promise.then(
    () => undefined,
    () => undefined,
  );
  const answer = (how: (s: Settle) => void) =>
    act(async () => {
      if (settle) how(settle);
      // Handlers the product attached to this call run before this one.
      await answered;
    });
  held.push({
    method,
    input,
    reply: (value) => answer((s) => s.resolve(value)),
    fail: (error) => answer((s) => s.reject(error)),
  });
  return promise;
}

export function recordRequest(documentId: string): { url: string; headers: Record<string, string> } {
  return { url: `held://${documentId}`, headers: {} };
}

export function recordImageUrl(documentId: string): Promise<{ url: string; release(): void }> {
  return Promise.resolve({ url: `held://${documentId}`, release: () => undefined });
}

const eventListeners = new Set<(event: BackendEvent) => void>();

export function onBackendEvent(listener: (event: BackendEvent) => void): () => void {
  eventListeners.add(listener);
  return () => eventListeners.delete(listener);
}

/** The back end announcing a change it made by itself, delivered inside act(). */
export function emitBackendEvent(event: BackendEvent): Promise<void> {
  return act(async () => {
    for (const listener of [...eventListeners]) listener(event);
    await Promise.resolve();
  });
}

/** The calls made so far to this method, oldest first. */
export function callsTo(method: string): HeldCall[] {
  return held.filter((c) => c.method === method);
}

export function forgetCalls(): void {
  held.length = 0;
}

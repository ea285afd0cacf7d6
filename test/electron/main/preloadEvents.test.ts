import { describe, expect, it, vi } from 'vitest';

const seen = vi.hoisted(() => ({
  exposed: null as null | { onEvent(listener: (event: unknown) => void): () => void },
  handlers: new Map<string, (event: unknown, payload: unknown) => void>(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (_name: string, api: typeof seen.exposed) => (seen.exposed = api),
  },
  ipcRenderer: {
    invoke: () => Promise.resolve({ ok: true, value: null }),
    on: (channel: string, handler: (event: unknown, payload: unknown) => void) => seen.handlers.set(channel, handler),
    removeListener: (channel: string) => seen.handlers.delete(channel),
  },
}));

describe('preload event bridge (electron mocked: no Electron runtime here)', () => {
  it("passes on only events of the shared vocabulary, without Electron's event object, until unsubscribed", async () => {
    await import('../../../electron/preload/preload');
    const received: unknown[] = [];
    const stop = seen.exposed!.onEvent((event) => received.push(event));
    const deliver = seen.handlers.get('api:event')!;
    const ipcEvent = { sender: { send: () => undefined } };
    deliver(ipcEvent, { type: 'records.changed', caseId: 'case-1', documentIds: ['doc-1'] });
    deliver(ipcEvent, { type: 'shell.exec', command: 'rm -rf /' });
    deliver(ipcEvent, { type: 'records.changed', caseId: 'case-1' });
    expect(received).toEqual([{ type: 'records.changed', caseId: 'case-1', documentIds: ['doc-1'] }]);
    stop();
    expect(seen.handlers.has('api:event')).toBe(false);
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../electron/core/log/logger';
import { createShellServer, type ShellServer } from '../../../electron/shell/createShellServer';
import type { BackendEvent } from '../../../shared/ipc/backendEvents';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';

const MAX_CONNECTIONS = 6;
const REQUEST_TIMEOUT_MS = 600;

/** A raw socket, so a test can hold a connection open or send a body as slowly as an attacker would. */
function openSocket(port: number): Promise<{ socket: Socket; received: () => string; closed: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    const closed = new Promise<void>((r) => socket.once('close', () => r()));
    socket.once('error', () => undefined);
    socket.once('connect', () => resolve({ socket, received: () => text, closed }));
    socket.once('error', reject);
  });
}

describe('browser shell connections', () => {
  let t: TestWorkspace;
  let shell: ShellServer;
  let origin: string;

  beforeAll(async () => {
    t = await createTestWorkspace();
    const rendererDir = join(t.dataDir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>IMR</title>');
    shell = await createShellServer({
      ws: t.backend.ws,
      registrar: t.backend.registrar,
      rendererDir,
      log: silentLogger,
      events: t.backend.events.subscribe,
      maxConnections: MAX_CONNECTIONS,
      requestTimeoutMs: REQUEST_TIMEOUT_MS,
    });
    origin = `http://127.0.0.1:${shell.port}`;
  });
  afterAll(async () => {
    await shell.close();
    t.dispose();
  });

  it('answers an authenticated request whose body trickles in with 408 and closes it within the time bound', async () => {
    const { socket, received, closed } = await openSocket(shell.port);
    const started = Date.now();
    socket.write(
      [
        'POST /api/invoke HTTP/1.1',
        `Host: 127.0.0.1:${shell.port}`,
        `Origin: ${origin}`,
        `Authorization: Bearer ${shell.token}`,
        'Content-Type: application/json',
        'Content-Length: 100000',
        '',
        '{"method":"session.status","payload":',
      ].join('\r\n'),
    );
    const drip = setInterval(() => socket.write(' '), 100);
    await closed;
    clearInterval(drip);
    expect(Date.now() - started).toBeLessThan(REQUEST_TIMEOUT_MS * 5);
    expect(received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes connections beyond the cap at once and serves again when they are gone', async () => {
    const held = await Promise.all(Array.from({ length: MAX_CONNECTIONS }, () => openSocket(shell.port)));
    const extra = await openSocket(shell.port);
    extra.socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${shell.port}\r\n\r\n`);
    await extra.closed;
    expect(extra.received()).toBe('');
    for (const h of held) h.socket.destroy();
    await Promise.all(held.map((h) => h.closed));
    await new Promise((r) => setTimeout(r, 50));
    expect((await fetch(`${origin}/`)).status).toBe(200);
  });

  it('streams back-end events to a window that sends the token, starting with hello', async () => {
    const controller = new AbortController();
    const events: BackendEvent[] = [];
    const res = await fetch(`${origin}/api/events`, {
      headers: { authorization: `Bearer ${shell.token}` },
      signal: controller.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let buffered = '';
    const next = async (): Promise<BackendEvent> => {
      for (;;) {
        const end = buffered.indexOf('\n\n');
        if (end >= 0) {
          const frame = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          if (frame.startsWith('data: ')) return JSON.parse(frame.slice(6)) as BackendEvent;
          continue;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('the event stream ended');
        buffered += decoder.decode(value, { stream: true });
      }
    };
    events.push(await next());
    await t.call('session.lock', {});
    events.push(await next());
    await t.call('session.unlock', {});
    events.push(await next());
    controller.abort();
    expect(events).toEqual([{ type: 'hello' }, { type: 'session.changed' }, { type: 'session.changed' }]);
    expect((await fetch(`${origin}/api/events`)).status).toBe(401);
  });
});

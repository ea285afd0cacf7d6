import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSyncState } from '../../../electron/core/db/repositories/syncStateRepository';
import type { TestWorkspace } from '../../support/createTestWorkspace';
import { startSyncServerForTest, type SyncServerForTest } from './support/syncServerForTest';
import { fastSyncOptions, openWorkspaceOf, syncedWorkspaceForTest } from './support/syncedWorkspaceForTest';

type Reply = (req: IncomingMessage, res: ServerResponse) => void;

/** Forwards to the real server except the assignments feed, which `reply` answers (a broken server). */
async function startBrokenFeed(
  target: string,
  reply: { current: Reply | null },
): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    if (reply.current && req.url?.startsWith('/v1/assignments')) return reply.current(req, res);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(([k]) => k !== 'host' && k !== 'connection'),
      ) as Record<string, string>;
      fetch(target + (req.url ?? '/'), {
        method: req.method ?? 'GET',
        headers,
        ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
      })
        .then(async (upstream) => {
          res.writeHead(
            upstream.status,
            Object.fromEntries(
              [...upstream.headers].filter(([k]) => k !== 'content-encoding' && k !== 'transfer-encoding'),
            ),
          );
          res.end(Buffer.from(await upstream.arrayBuffer()));
        })
        .catch(() => res.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const send =
  (status: number, body: string | Buffer, headers: Record<string, string> = {}): Reply =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', 'x-imr-sync-protocol': '1', ...headers });
    res.end(body);
  };

describe('sync engine with malformed server replies', () => {
  let server: SyncServerForTest;
  let broken: { url: string; server: Server };
  const reply: { current: Reply | null } = { current: null };
  let tw: TestWorkspace;

  beforeEach(async () => {
    server = await startSyncServerForTest();
    reply.current = null;
    broken = await startBrokenFeed(server.server.url, reply);
    await server.assign(1);
    tw = await syncedWorkspaceForTest(broken.url, server.token, { ...fastSyncOptions(), maxJsonReplyBytes: 200_000 });
    await tw.call('sync.run', {});
    await server.assign(2);
  });
  afterEach(async () => {
    tw?.dispose();
    broken.server.closeAllConnections();
    await new Promise<void>((resolve) => broken.server.close(() => resolve()));
    await server.stop();
  });

  const expectNothingChanged = async (cursor: string | null) => {
    expect((await tw.call('cases.list', {})).map((c) => c.caseNumber)).toEqual(['CM15-0000001']);
    expect(readSyncState(openWorkspaceOf(tw).db).cursor).toBe(cursor);
  };

  it.each([
    ['is not JSON', send(200, '{"items": [ oops'), /not valid JSON/],
    [
      'has the wrong schema',
      send(200, JSON.stringify({ items: [{ kind: 'assigned', seq: 'x' }], cursor: 'c', has_more: false })),
      /does not understand .*items/,
    ],
    ['is larger than the reply cap', send(200, Buffer.alloc(300_000, 0x20)), /larger than/],
    ['claims another protocol version', send(200, '{}', { 'x-imr-sync-protocol': '9' }), /speaks protocol 9/],
    [
      'comes from something that is not a sync server',
      (_req: IncomingMessage, res: ServerResponse) => res.end('<html>hello</html>'),
      /not as an IMR sync server/,
    ],
  ])('reports SERVER_REPLY_INVALID and changes nothing when the feed reply %s', async (_what, bad, message) => {
    const cursor = readSyncState(openWorkspaceOf(tw).db).cursor;
    reply.current = bad;
    const status = await tw.call('sync.run', {});
    expect(status.lastError?.code).toBe('SERVER_REPLY_INVALID');
    expect(status.lastError?.message).toMatch(message);
    await expectNothingChanged(cursor);
    reply.current = null;
    expect((await tw.call('sync.run', {})).lastError).toBeNull();
    expect((await tw.call('cases.list', {})).map((c) => c.caseNumber).sort()).toEqual(['CM15-0000001', 'CM15-0000002']);
  });

  it('applies nothing from a multi-page delta when a later page is malformed', async () => {
    for (let n = 3; n <= 130; n++) await server.assign(n, { recordBytes: 32 });
    const cursor = readSyncState(openWorkspaceOf(tw).db).cursor;
    let pages = 0;
    reply.current = (req, res) => {
      pages += 1;
      if (pages === 2) return send(200, '{"items": 5}')(req, res);
      fetch(server.server.url + (req.url ?? ''), {
        headers: { authorization: req.headers.authorization ?? '', 'x-imr-sync-protocol': '1' },
      })
        .then(async (r) => send(r.status, Buffer.from(await r.arrayBuffer()))(req, res))
        .catch(() => res.destroy());
    };
    const status = await tw.call('sync.run', {});
    expect(pages).toBe(2);
    expect(status.lastError?.code).toBe('SERVER_REPLY_INVALID');
    await expectNothingChanged(cursor);
  });
});

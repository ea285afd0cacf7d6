import { randomUUID } from 'node:crypto';
import type { PackageTransport } from '../../shared/domain/signedPackage';
import { assignmentsPath, SYNC_ROUTES } from '../../shared/sync/syncRoutes';
import { SYNC_PROTOCOL_HEADER, SYNC_PROTOCOL_VERSION } from '../../shared/sync/syncProtocolVersion';

const headers = (token: string) => ({
  [SYNC_PROTOCOL_HEADER]: String(SYNC_PROTOCOL_VERSION),
  authorization: `Bearer ${token}`,
});

/** The feed read with bare fetch: page after page, JSON parsed, nothing validated or stored; returns the items and last cursor. */
export async function bareDownload(
  baseUrl: string,
  token: string,
  pageSize: number,
  from: string | null = null,
): Promise<{ items: number; cursor: string | null }> {
  let cursor = from;
  let items = 0;
  for (let page = 0; page < 10_000; page++) {
    const response = await fetch(baseUrl + assignmentsPath(cursor, pageSize), { headers: headers(token) });
    const body = (await response.json()) as { items: unknown[]; cursor: string; has_more: boolean };
    items += body.items.length;
    cursor = body.cursor;
    if (!body.has_more) break;
  }
  return { items, cursor };
}

/** The same uploads with bare fetch: `concurrency` in flight, then the feed after `cursor` (as a sync run ends with it). */
export async function bareUpload(
  baseUrl: string,
  token: string,
  bodies: readonly PackageTransport[],
  concurrency: number,
  pageSize: number,
  cursor: string | null,
): Promise<{ ok: number; cursor: string | null }> {
  let next = 0;
  let ok = 0;
  const worker = async () => {
    while (next < bodies.length) {
      const body = bodies[next++];
      const response = await fetch(baseUrl + SYNC_ROUTES.determinations, {
        method: 'POST',
        headers: { ...headers(token), 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: JSON.stringify(body),
      });
      await response.json();
      if (response.status === 201) ok += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const after = await bareDownload(baseUrl, token, pageSize, cursor);
  return { ok, cursor: after.cursor };
}

import { assignmentsPageSchema } from '../../shared/sync/assignmentsFeedSchema';
import { SYNC_PROTOCOL_HEADER, SYNC_PROTOCOL_VERSION } from '../../shared/sync/syncProtocolVersion';
import { SYNC_ROUTES, assignmentsPath } from '../../shared/sync/syncRoutes';

export interface FeedPull {
  /** Time of every page request (request to parsed JSON), over all pulls. */
  pageMs: number[];
  /** GET /v1/me times on the same server: what any authenticated request costs. */
  meMs: number[];
  /** The slowest full pull from no cursor to the end. */
  fullPullMs: number;
}

/** Pulls the whole feed from scratch `pulls` times, page by page as the app does, timing each page. */
export async function measureFeedPull(
  baseUrl: string,
  token: string,
  pageSize: number,
  pulls: number,
): Promise<FeedPull> {
  const headers = { [SYNC_PROTOCOL_HEADER]: String(SYNC_PROTOCOL_VERSION), authorization: `Bearer ${token}` };
  const pageMs: number[] = [];
  const meMs: number[] = [];
  let fullPullMs = 0;
  for (let i = 0; i < 20; i++) await (await fetch(baseUrl + SYNC_ROUTES.me, { headers })).arrayBuffer();
  for (let pull = 0; pull < pulls; pull++) {
    const pullStarted = performance.now();
    let cursor: string | null = null;
    let items = 0;
    for (let page = 0; page < 10_000; page++) {
      const started = performance.now();
      const response = await fetch(baseUrl + assignmentsPath(cursor, pageSize), { headers });
      const body = assignmentsPageSchema.parse(await response.json());
      pageMs.push(performance.now() - started);
      items += body.items.length;
      cursor = body.cursor;
      if (!body.has_more) break;
    }
    fullPullMs = Math.max(fullPullMs, performance.now() - pullStarted);
    if (items === 0) throw new Error('The feed pull found no changes');
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      await (await fetch(baseUrl + SYNC_ROUTES.me, { headers })).arrayBuffer();
      meMs.push(performance.now() - started);
    }
  }
  return { pageMs, meMs, fullPullMs };
}

import { randomUUID } from 'node:crypto';
import { assignmentsPageSchema } from '../../shared/sync/assignmentsFeedSchema';
import { SYNC_PROTOCOL_HEADER, SYNC_PROTOCOL_VERSION } from '../../shared/sync/syncProtocolVersion';
import { SYNC_ROUTES, assignmentsPath } from '../../shared/sync/syncRoutes';

export interface RouteTimings {
  /** Latency of each request in ms, by route. */
  byRoute: Map<string, number[]>;
  seconds: number;
  uploads: number;
}

export interface OrganisationRun {
  /** The instances; consecutive requests go to the next one in turn (round-robin at the client). */
  baseUrls: readonly string[];
  tokens: readonly string[];
  /** Each reviewer's upload bodies, already JSON (the app reads them from disk; serializing is not the server's work). */
  bodies: readonly (readonly string[])[];
  concurrency: number;
  feedPageSize: number;
}

/**
 * Every reviewer, `concurrency` at a time, does what the app does in a sync: pull the assignment feed to the end,
 * then upload each signed determination with its own Idempotency-Key. Any answer but 200/201 stops the run.
 */
export async function runOrganisation(run: OrganisationRun): Promise<RouteTimings> {
  const byRoute = new Map<string, number[]>();
  const time = async (route: string, request: () => Promise<Response>): Promise<Response> => {
    const started = performance.now();
    const response = await request();
    const body = await response.arrayBuffer();
    const list = byRoute.get(route) ?? [];
    list.push(performance.now() - started);
    byRoute.set(route, list);
    if (response.status !== 200 && response.status !== 201) {
      throw new Error(`${route} answered ${response.status}: ${Buffer.from(body).toString('utf8').slice(0, 300)}`);
    }
    return new Response(body, { status: response.status });
  };
  const headers = (token: string) => ({
    [SYNC_PROTOCOL_HEADER]: String(SYNC_PROTOCOL_VERSION),
    authorization: `Bearer ${token}`,
  });
  let uploads = 0;
  let turn = 0;
  const nextBase = () => run.baseUrls[turn++ % run.baseUrls.length]!;
  const reviewer = async (index: number) => {
    const token = run.tokens[index]!;
    let cursor: string | null = null;
    for (let pages = 0; pages < 1000; pages++) {
      const response = await time('GET /v1/assignments', () =>
        fetch(nextBase() + assignmentsPath(cursor, run.feedPageSize), { headers: headers(token) }),
      );
      const page = assignmentsPageSchema.parse(await response.json());
      cursor = page.cursor;
      if (!page.has_more) break;
    }
    for (const body of run.bodies[index] ?? []) {
      await time('POST /v1/determinations', () =>
        fetch(nextBase() + SYNC_ROUTES.determinations, {
          method: 'POST',
          headers: { ...headers(token), 'content-type': 'application/json', 'idempotency-key': randomUUID() },
          body,
        }),
      );
      uploads += 1;
    }
  };
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: run.concurrency }, async () => {
      while (next < run.tokens.length) await reviewer(next++);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { byRoute, seconds, uploads };
}

import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer, type StartServerOptions } from '../../server/startServer';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../support/postgres/startThrowawayPostgres';

const INTERVAL_MS = 100;

/** Samples which instances say they lead, every 10 ms for a while. */
async function sampleLeaders(instances: RunningServer[], ms: number): Promise<number[]> {
  const counts: number[] = [];
  for (const end = Date.now() + ms; Date.now() < end; await sleep(10)) {
    counts.push(instances.filter((instance) => instance.running && instance.background?.isLeader()).length);
  }
  return counts;
}

async function waitForLeader(instances: RunningServer[], timeoutMs: number): Promise<RunningServer> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await sleep(20)) {
    const leaders = instances.filter((instance) => instance.running && instance.background?.isLeader());
    if (leaders.length === 1 && leaders[0]) return leaders[0];
  }
  throw new Error(`No single leader within ${timeoutMs} ms`);
}

describe('background work on exactly one instance (PostgreSQL advisory lock)', () => {
  let postgres: ThrowawayPostgres;
  let options: StartServerOptions;
  let instances: RunningServer[];

  beforeAll(async () => {
    postgres = await startThrowawayPostgres();
    const database = await postgres.createDatabase('imr_leader');
    options = {
      database: { engine: 'postgres', url: database.url, poolSize: 3 },
      storage: { primary: 'database', fallbacks: [], dir: '/nonexistent-records' },
      background: { intervalMs: INTERVAL_MS, feedRetentionDays: 90 },
    };
    instances = await Promise.all([startServer(options), startServer(options), startServer(options)]);
  });
  afterAll(async () => {
    for (const instance of instances ?? []) await instance.close();
    await postgres?.stop();
  });

  it('has one leader among three instances, and only the leader runs the work', async () => {
    const leader = await waitForLeader(instances, 5000);
    const before = instances.map((instance) => instance.background?.runs ?? 0);
    const counts = await sampleLeaders(instances, 1000);
    expect(Math.max(...counts)).toBe(1);
    const grew = instances.map((instance, i) => (instance.background?.runs ?? 0) - (before[i] ?? 0));
    expect(grew[instances.indexOf(leader)]).toBeGreaterThanOrEqual(3);
    expect(grew.filter((n, i) => i !== instances.indexOf(leader))).toEqual([0, 0]);
    const ready = await (await fetch(`${leader.url}/health/ready`)).json();
    expect(ready).toMatchObject({ status: 'ready', database: 'ok', background: 'leader' });
  });

  it('hands the work to another instance within seconds when the leader dies, and never to two', async () => {
    const leader = await waitForLeader(instances, 5000);
    const sampling = sampleLeaders(instances, 3000);
    await leader.stop();
    const next = await waitForLeader(instances, 5000);
    expect(next).not.toBe(leader);
    expect(Math.max(...(await sampling))).toBeLessThanOrEqual(1);
    await leader.start();
  });

  it('picks exactly one leader again after PostgreSQL restarts, and readiness says the database was gone meanwhile', async () => {
    await waitForLeader(instances, 5000);
    const sampling = sampleLeaders(instances, 4000);
    await postgres.down();
    const unready = await fetch(`${instances[0]!.url}/health/ready`);
    expect(unready.status).toBe(503);
    expect(await unready.json()).toMatchObject({ status: 'unavailable', database: 'unreachable' });
    expect((await fetch(`${instances[0]!.url}/health/live`)).status).toBe(200);
    await postgres.up();
    const leader = await waitForLeader(instances, 8000);
    expect(Math.max(...(await sampling))).toBeLessThanOrEqual(1);
    const runs = leader.background?.runs ?? 0;
    await sleep(INTERVAL_MS * 5);
    expect(leader.background?.runs ?? 0).toBeGreaterThan(runs);
    expect((await fetch(`${instances[0]!.url}/health/ready`)).status).toBe(200);
  });
});

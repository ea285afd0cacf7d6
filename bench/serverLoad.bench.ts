import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openServerDatabase } from '../server/db/openServerDatabase';
import type { DatabaseConfig } from '../server/db/databaseConfig';
import { createRecordStorage, type StorageConfig } from '../server/storage/storageConfig';
import { startThrowawayPostgres } from '../test/support/postgres/startThrowawayPostgres';
import { percentile, reportFigure, type BenchOutcome } from './benchReport';
import { loadReviewers, packagesOf, type LoadReviewer } from './serverLoad/loadFixture';
import { runOrganisation, type RouteTimings } from './serverLoad/runOrganisation';
import { seedOrganisation } from './serverLoad/seedOrganisation';
import { startScenario } from './serverLoad/startScenario';
import { measureFeedPull, type FeedPull } from './serverLoad/measureFeedPull';
import { postmasterPid, processTreeCpu } from './serverLoad/processCpu';

const REVIEWERS = Number(process.env['LOAD_REVIEWERS'] ?? 500);
/** Extra reviewers whose uploads warm every instance up (JIT) before the timed part; not counted. */
const WARMUP_REVIEWERS = 20;
const CASES_PER_REVIEWER = 10;
const UPLOADS_PER_REVIEWER = 5;
const CONCURRENCY = 50;
const FEED_CHANGES = 10_000;
const FEED_PAGE = 200;

interface Engine {
  name: string;
  env: Record<string, string>;
}

/** SERVER_LOAD_BENCH=load,feed picks parts (both by default). */
export default async function serverLoadBench(): Promise<BenchOutcome[]> {
  const parts = (process.env['SERVER_LOAD_BENCH'] ?? 'load,feed').split(',');
  // A RAM disk where there is one, for both engines alike: the comparison is of the engines, not of this disk.
  const ramDisk = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  const root = mkdtempSync(join(ramDisk, 'imr-load-'));
  // Beside root, not in it: the cluster runs as the postgres user, who cannot enter root's private temp folder.
  const postgres = await startThrowawayPostgres({ parent: ramDisk, durable: true });
  try {
    const outcomes: BenchOutcome[] = [];
    if (parts.includes('load')) outcomes.push(...(await organisationBench(root, postgres)));
    if (parts.includes('feed')) outcomes.push(...(await feedBench(root, postgres)));
    return outcomes;
  } finally {
    await postgres.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

type Postgres = Awaited<ReturnType<typeof startThrowawayPostgres>>;

/** Seeds a database once and answers the tokens; PostgreSQL copies are made from it as a template. */
async function seed(
  database: DatabaseConfig,
  storage: StorageConfig,
  reviewers: readonly LoadReviewer[],
  cases: number,
) {
  const db = await openServerDatabase(database);
  try {
    return await seedOrganisation(db, createRecordStorage(storage, db), reviewers, cases);
  } finally {
    await db.close();
  }
}

async function organisationBench(root: string, postgres: Postgres): Promise<BenchOutcome[]> {
  const reviewers = await loadReviewers(REVIEWERS + WARMUP_REVIEWERS);
  const bodies = reviewers.map((reviewer, i) =>
    packagesOf(reviewer, i, UPLOADS_PER_REVIEWER).map((pkg) => JSON.stringify(pkg)),
  );

  const sqliteDir = join(root, 'sqlite');
  mkdirSync(sqliteDir);
  const sqliteTokens = await seed(
    { engine: 'sqlite', file: join(sqliteDir, 'sync-server.db') },
    { primary: 'fs', fallbacks: [], dir: join(sqliteDir, 'records') },
    reviewers,
    CASES_PER_REVIEWER,
  );
  const template = await postgres.createDatabase('imr_load_seed');
  const pgTokens = await seed(
    { engine: 'postgres', url: template.url },
    { primary: 'database', fallbacks: [], dir: join(root, 'unused') },
    reviewers,
    CASES_PER_REVIEWER,
  );

  // The same connection budget either way: 10 for one instance, 5 each for two.
  const pgEnv = async (instances: number): Promise<Engine> => ({
    name: `PostgreSQL, ${instances === 1 ? 'one instance' : 'two instances'}`,
    env: {
      DATABASE_URL: (await postgres.createDatabase('imr_load', template.name)).url,
      IMR_STORAGE: 'database',
      IMR_SERVER_DATA: join(root, 'pg-data'),
      IMR_SERVER_DB_POOL: String(10 / instances),
    },
  });
  const setups: { engine: Engine; instances: number; tokens: string[] }[] = [
    {
      engine: { name: 'SQLite, one instance', env: { IMR_SERVER_DATA: sqliteDir, IMR_STORAGE: 'fs' } },
      instances: 1,
      tokens: sqliteTokens,
    },
    { engine: await pgEnv(1), instances: 1, tokens: pgTokens },
    { engine: await pgEnv(2), instances: 2, tokens: pgTokens },
  ];
  const scenarios = [];
  for (const setup of setups) scenarios.push(await startScenario(setup.engine.env, setup.instances));
  const totals = setups.map((): RouteTimings => ({ byRoute: new Map(), seconds: 0, uploads: 0 }));
  const cpu = setups.map(() => ({ servers: 0, postgres: 0, generator: 0 }));
  const postmaster = postmasterPid(postgres.dataDir);
  try {
    // Each setup serves every reviewer, in parts of 100 run in the order A B C, C B A, A B C…: load that comes and
    // goes on a shared machine then weighs on all three alike.
    for (const [i, setup] of setups.entries()) {
      await runOrganisation({
        baseUrls: scenarios[i]!.urls,
        tokens: setup.tokens.slice(REVIEWERS),
        bodies: bodies.slice(REVIEWERS),
        concurrency: CONCURRENCY,
        feedPageSize: FEED_PAGE,
      });
    }
    const half = Math.min(100, REVIEWERS);
    for (let part = 0; part * half < REVIEWERS; part++) {
      for (const i of part % 2 ? [2, 1, 0] : [0, 1, 2]) {
        const setup = setups[i]!;
        const scenario = scenarios[i]!;
        const from = part * half;
        let timings: RouteTimings;
        const before = {
          servers: processTreeCpu(scenario.pids),
          postgres: processTreeCpu([postmaster]),
          generator: process.cpuUsage(),
        };
        try {
          timings = await runOrganisation({
            baseUrls: scenario.urls,
            tokens: setup.tokens.slice(from, Math.min(REVIEWERS, from + half)),
            bodies: bodies.slice(from, Math.min(REVIEWERS, from + half)),
            concurrency: CONCURRENCY,
            feedPageSize: FEED_PAGE,
          });
        } catch (error) {
          console.error(`${setup.engine.name} failed; the servers said:\n${scenario.output()}`);
          throw error;
        }
        const used = cpu[i]!;
        used.servers += processTreeCpu(scenario.pids) - before.servers;
        used.postgres += processTreeCpu([postmaster]) - before.postgres;
        const generator = process.cpuUsage(before.generator);
        used.generator += (generator.user + generator.system) / 1e6;
        const total = totals[i]!;
        total.seconds += timings.seconds;
        total.uploads += timings.uploads;
        for (const [route, ms] of timings.byRoute)
          total.byRoute.set(route, [...(total.byRoute.get(route) ?? []), ...ms]);
      }
    }
  } finally {
    for (const scenario of scenarios) await scenario.stop();
  }
  const [sqlite, pgOne, pgTwo] = totals as [RouteTimings, RouteTimings, RouteTimings];
  const cpuLine = (i: number) =>
    `CPU: servers ${cpu[i]!.servers.toFixed(1)} s, PostgreSQL ${cpu[i]!.postgres.toFixed(1)} s, load generator ${cpu[i]!.generator.toFixed(1)} s`;

  const uploads = REVIEWERS * UPLOADS_PER_REVIEWER;
  const line = (name: string, t: RouteTimings) =>
    `  ${name}: ${t.seconds.toFixed(1)} s, ${(t.uploads / t.seconds).toFixed(1)} determinations/s; p95 ` +
    [...t.byRoute].map(([route, ms]) => `${route} ${percentile(ms, 95).toFixed(1)} ms (${ms.length})`).join(', ');
  console.log(
    `  ${REVIEWERS} reviewers, ${CONCURRENCY} at a time, each pulling ${CASES_PER_REVIEWER} assigned cases and uploading ${UPLOADS_PER_REVIEWER} signed determinations (${uploads} in all); requests alternate between instances; in parts of 100 interleaved A B C, C B A…, after ${WARMUP_REVIEWERS * UPLOADS_PER_REVIEWER} warm-up uploads per setup:`,
  );
  console.log(`${line('SQLite, one instance', sqlite)}\n    ${cpuLine(0)}`);
  console.log(`${line('PostgreSQL, one instance', pgOne)}\n    ${cpuLine(1)}`);
  console.log(`${line('PostgreSQL, two instances', pgTwo)}\n    ${cpuLine(2)}`);
  const p95 = (t: RouteTimings, route: string) => percentile(t.byRoute.get(route) ?? [], 95);
  return [
    reportFigure({
      name: `LOAD-1 PostgreSQL one instance: ${uploads} uploads + ${REVIEWERS} feed pulls, run time`,
      value: pgOne.seconds,
      unit: 's',
      baselineName: 'SQLite, one instance, same load',
      baselineValue: sqlite.seconds,
      maxRatio: 1.5,
    }),
    reportFigure({
      name: `LOAD-1 PostgreSQL two instances: same load, run time`,
      value: pgTwo.seconds,
      unit: 's',
      baselineName: 'PostgreSQL, one instance',
      baselineValue: pgOne.seconds,
      maxRatio: 1,
    }),
    reportFigure({
      name: 'LOAD-1 p95 POST /v1/determinations, PostgreSQL one instance (informational)',
      value: p95(pgOne, 'POST /v1/determinations'),
      unit: 'ms',
      baselineName: 'SQLite, one instance',
      baselineValue: p95(sqlite, 'POST /v1/determinations'),
    }),
    reportFigure({
      name: 'LOAD-1 p95 GET /v1/assignments, PostgreSQL one instance (informational)',
      value: p95(pgOne, 'GET /v1/assignments'),
      unit: 'ms',
      baselineName: 'SQLite, one instance',
      baselineValue: p95(sqlite, 'GET /v1/assignments'),
    }),
  ];
}

async function feedBench(root: string, postgres: Postgres): Promise<BenchOutcome[]> {
  const [reviewer] = await loadReviewers(1);
  if (!reviewer) throw new Error('No reviewer for the feed bench');
  const sqliteDir = join(root, 'feed-sqlite');
  mkdirSync(sqliteDir);
  const [sqliteToken] = await seed(
    { engine: 'sqlite', file: join(sqliteDir, 'sync-server.db') },
    { primary: 'fs', fallbacks: [], dir: join(sqliteDir, 'records') },
    [reviewer],
    FEED_CHANGES,
  );
  const pgDatabase = await postgres.createDatabase('imr_feed');
  const [pgToken] = await seed(
    { engine: 'postgres', url: pgDatabase.url },
    { primary: 'database', fallbacks: [], dir: join(root, 'unused') },
    [reviewer],
    FEED_CHANGES,
  );
  const pull = async (env: Record<string, string>, token: string): Promise<FeedPull> => {
    const scenario = await startScenario(env, 1);
    try {
      return await measureFeedPull(scenario.urls[0]!, token, FEED_PAGE, 3);
    } finally {
      await scenario.stop();
    }
  };
  const sqlite = await pull({ IMR_SERVER_DATA: sqliteDir, IMR_STORAGE: 'fs' }, sqliteToken!);
  const pg = await pull(
    { DATABASE_URL: pgDatabase.url, IMR_STORAGE: 'database', IMR_SERVER_DATA: join(root, 'feed-pg') },
    pgToken!,
  );
  console.log(
    `  feed of ${FEED_CHANGES} changes for one reviewer in pages of ${FEED_PAGE}, 3 full pulls: ` +
      `SQLite p50 ${percentile(sqlite.pageMs, 50).toFixed(1)} ms, p95 ${percentile(sqlite.pageMs, 95).toFixed(1)} ms, full pull ${sqlite.fullPullMs.toFixed(0)} ms; ` +
      `PostgreSQL p50 ${percentile(pg.pageMs, 50).toFixed(1)} ms, p95 ${percentile(pg.pageMs, 95).toFixed(1)} ms, full pull ${pg.fullPullMs.toFixed(0)} ms`,
  );
  return [
    reportFigure({
      name: `FEED-1 SQLite: p95 per page of ${FEED_PAGE} changes (${FEED_CHANGES} for one reviewer)`,
      value: percentile(sqlite.pageMs, 95),
      unit: 'ms',
      baselineName: 'p95 of GET /v1/me on the same server (the per-request floor)',
      baselineValue: percentile(sqlite.meMs, 95),
    }),
    reportFigure({
      name: `FEED-1 PostgreSQL: p95 per page of ${FEED_PAGE} changes`,
      value: percentile(pg.pageMs, 95),
      unit: 'ms',
      baselineName: 'SQLite, same pages',
      baselineValue: percentile(sqlite.pageMs, 95),
    }),
  ];
}

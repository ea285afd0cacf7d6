import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assignCase } from '../../server/assignments/assignCase';
import { issueToken } from '../../server/auth/issueToken';
import { registerCertificate } from '../../server/certificates/registerCertificate';
import { createFaultProxy } from '../../server/faults/createFaultProxy';
import { createReviewer } from '../../server/reviewers/createReviewer';
import { startServer } from '../../server/startServer';
import { syntheticCaseFolder } from '../../test/electron/sync/support/syncServerForTest';

export interface BenchServerConfig {
  cases: number;
  latencyMs: number;
  reviewers: { reviewerId: string; certificatePem: string; firstCase: number }[];
}

export interface BenchServerReady {
  proxyUrl: string;
  reviewers: { reviewerId: string; token: string; cases: { caseId: string; caseNumber: string }[] }[];
}

/** The reference server and the latency proxy in their own process, as on a real network: the server's fsyncs never block the client. */
const config = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as BenchServerConfig;
// A RAM disk where there is one: the server's per-receipt fsync is the same for both sides and only adds disk noise.
const dir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'imr-sync-bench-'));
const now = new Date();
const server = await startServer({
  database: { engine: 'sqlite', file: join(dir, 'server.db') },
  storage: { primary: 'fs', fallbacks: [], dir: join(dir, 'records') },
});
const reviewers: BenchServerReady['reviewers'] = [];
for (const { reviewerId, certificatePem, firstCase } of config.reviewers) {
  await createReviewer(server.db, reviewerId, `Bench ${reviewerId}`, now);
  await registerCertificate(server.db, reviewerId, certificatePem, now);
  const cases: { caseId: string; caseNumber: string }[] = [];
  for (let i = 0; i < config.cases; i++) {
    const result = await assignCase(
      server.db,
      server.storage,
      reviewerId,
      syntheticCaseFolder(firstCase + i, 0, 0),
      now,
    );
    cases.push({ caseId: result.caseId, caseNumber: result.caseNumber });
  }
  reviewers.push({ reviewerId, token: (await issueToken(server.db, reviewerId, { now })).token, cases });
}
const proxy = await createFaultProxy({ target: server.url, plan: () => ({ kind: 'delay', ms: config.latencyMs }) });
const ready: BenchServerReady = { proxyUrl: proxy.url, reviewers };
process.stdout.write(`${JSON.stringify(ready)}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  void proxy
    .close()
    .then(() => server.close())
    .then(() => rmSync(dir, { recursive: true, force: true }))
    .then(() => process.exit(0));
});

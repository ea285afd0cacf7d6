import { execFileSync } from 'node:child_process';
import { buildSignedPackage } from '../electron/core/packages/buildSignedPackage';
import type { PackageTransport } from '../shared/domain/signedPackage';
import { createTestWorkspace } from '../test/support/createTestWorkspace';
import { createTestSigner, signCaseForTest, type TestSigner } from '../test/electron/sync/support/signForTest';
import { reportFigure, type BenchOutcome } from './benchReport';
import { bareDownload, bareUpload } from './sync/bareSyncBaseline';
import { startBenchServerProcess } from './sync/startBenchServerProcess';

const CASES = 1000;
const LATENCY_MS = 50;
const CONCURRENCY = 16;
const PAGE_SIZE = 200;

function transportsFor(
  signer: TestSigner,
  cases: readonly { caseId: string; caseNumber: string }[],
): PackageTransport[] {
  const signedAt = new Date().toISOString();
  return cases.map(({ caseId, caseNumber }) => {
    const pkg = buildSignedPackage({
      letterPdf: signer.letter,
      determination: {
        caseId,
        summary: { type: 'doc', content: [] },
        items: [],
        revision: 1,
        locked: true,
        updatedAt: signedAt,
      },
      manifest: { caseId, caseNumber, determinationVersion: 1, supersedesVersion: null, signedAt },
      identity: signer.identity,
    });
    return {
      manifestJson: pkg.manifestJson.toString('utf8'),
      manifestSig: pkg.manifestSig.toString('utf8'),
      files: {
        'letter.pdf': pkg.files['letter.pdf'].toString('base64'),
        'determination.json': pkg.files['determination.json'].toString('base64'),
        'certificate.pem': pkg.files['certificate.pem'].toString('base64'),
      },
    };
  });
}

const seconds = (startedAt: number) => (performance.now() - startedAt) / 1000;

/** SYNC-1: 1,000 assignments down and 1,000 signed determinations up through 50 ms of injected latency, engine vs bare fetch. */
export default async function syncBench(): Promise<BenchOutcome[]> {
  const engineSigner = await createTestSigner('RVW-0001');
  const bareSigner = await createTestSigner('RVW-0002');
  const server = await startBenchServerProcess({
    cases: CASES,
    latencyMs: LATENCY_MS,
    reviewers: [
      { reviewerId: 'RVW-0001', certificatePem: engineSigner.identity.certificatePem, firstCase: 1 },
      { reviewerId: 'RVW-0002', certificatePem: bareSigner.identity.certificatePem, firstCase: 100_001 },
    ],
  });
  const [engineSide, bareSide] = server.reviewers;
  const tw = await createTestWorkspace({ syncOptions: { concurrency: CONCURRENCY, feedPageSize: PAGE_SIZE } });
  try {
    const ws = tw.backend.session.workspace();
    if (!ws || !engineSide || !bareSide) throw new Error('The bench could not start');
    const call = tw.call;
    await call('sync.configure', { serverUrl: server.proxyUrl, token: engineSide.token });
    const bareBodies = transportsFor(bareSigner, bareSide.cases);

    let started = performance.now();
    const down = await call('sync.run', {});
    const engineDown = seconds(started);
    if (down.lastError || down.lastRun?.casesUpdated !== CASES)
      throw new Error(`The engine download failed: ${JSON.stringify(down.lastError ?? down.lastRun)}`);
    started = performance.now();
    const bare = await bareDownload(server.proxyUrl, bareSide.token, PAGE_SIZE);
    const bareDown = seconds(started);
    if (bare.items !== CASES) throw new Error(`The bare download saw ${bare.items} assignments`);

    // Uploads alternate in halves (engine, bare, engine, bare) so load drifting on a shared machine hits both sides alike.
    let engineUp = 0;
    let bareUp = 0;
    let cursor = bare.cursor;
    const half = CASES / 2;
    for (const part of [0, 1]) {
      for (const { caseId } of engineSide.cases.slice(part * half, (part + 1) * half))
        signCaseForTest(ws, caseId, engineSigner);
      // Signing wrote thousands of fsynced files; let the disk settle before timing.
      execFileSync('sync');
      started = performance.now();
      const up = await call('sync.run', {});
      engineUp += seconds(started);
      if (up.lastError || up.lastRun?.uploaded !== half)
        throw new Error(`The engine upload failed: ${JSON.stringify(up.lastError ?? up.lastRun)}`);
      started = performance.now();
      const accepted = await bareUpload(
        server.proxyUrl,
        bareSide.token,
        bareBodies.slice(part * half, (part + 1) * half),
        CONCURRENCY,
        PAGE_SIZE,
        cursor,
      );
      bareUp += seconds(started);
      if (accepted.ok !== half) throw new Error(`The server accepted ${accepted.ok} of the bare uploads`);
      cursor = accepted.cursor;
    }

    console.log(
      `  server in its own process; ${LATENCY_MS} ms injected per request, ${CONCURRENCY} uploads in flight, feed pages of ${PAGE_SIZE}: ` +
        `engine down ${engineDown.toFixed(2)} s + up ${engineUp.toFixed(2)} s; bare fetch down ${bareDown.toFixed(2)} s + up ${bareUp.toFixed(2)} s`,
    );
    return [
      reportFigure({
        name: `SYNC-1 upload ${CASES} signed determinations + download ${CASES} assignments, ${LATENCY_MS} ms latency`,
        value: engineDown + engineUp,
        unit: 's',
        baselineName: 'bare fetch calls, same batching',
        baselineValue: bareDown + bareUp,
        maxRatio: 1.5,
        maxValue: 10,
      }),
    ];
  } finally {
    tw.dispose();
    await server.stop();
  }
}

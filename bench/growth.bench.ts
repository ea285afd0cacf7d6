import { mkdirSync, writeFileSync } from 'node:fs';
import { createBackend, type Backend } from '../electron/core/backend/createBackend';
import { fileKeyProvider } from '../electron/core/keys/fileKeyProvider';
import { renderLetterPdf } from '../electron/core/letters/renderLetterPdf';
import { silentLogger } from '../electron/core/log/logger';
import { buildLetterModel } from '../shared/domain/letter/buildLetterModel';
import { createTestWorkspace } from '../test/support/createTestWorkspace';
import { createTestSigner } from '../test/electron/sync/support/signForTest';
import { longLetterInput } from '../test/electron/letters/longLetterInput';
import { buildRecordPdf } from '../test/electron/records/support/buildRecordPdf';
import { medicalPages } from '../test/electron/records/support/medicalText';
import { percentile, reportFigure, type BenchOutcome } from './benchReport';
import { fitExponent } from './growth/fitExponent';
import { generateLoadWorkspace, LONG_SERVING, type LoadWorkspaceSpec } from './load/generateLoadWorkspace';
import { importMs } from './records/measureImport';
import { startBenchServerProcess } from './sync/startBenchServerProcess';

const median = (xs: number[]) => percentile(xs, 50);
const scaled = (factor: number): LoadWorkspaceSpec => ({
  cases: LONG_SERVING.cases / factor,
  pages: LONG_SERVING.pages / factor,
  signed: LONG_SERVING.signed / factor,
  active: Math.max(2, LONG_SERVING.active / factor),
});

interface Curve {
  operation: string;
  sizeName: string;
  points: { size: number; ms: number }[];
  /** Growth the issue allows: linear (1), or well below it for search. */
  maxExponent: number;
}

const SEARCHES = ['lumbar', 'tenderness', 'radiculopathy', 'physical therapy', 'MRI', 'gabapentin', 'Hernandez'];

async function openLoad(spec: LoadWorkspaceSpec): Promise<{ backend: Backend; pages: number; cases: number }> {
  const ws = await generateLoadWorkspace(spec, {
    log: (line) => console.log(`  load workspace ${spec.cases}: ${line}`),
  });
  const backend = await createBackend({
    dataDir: ws.dataDir,
    keyProvider: fileKeyProvider(ws.dataDir, silentLogger),
    log: silentLogger,
    transport: 'in-process',
    maintenance: 'off',
  });
  return { backend, pages: ws.pages, cases: ws.cases };
}

/** Search and case open on the 1×, 10× and 100× workspaces (cases and pages scale together). */
async function workspaceCurves(): Promise<Curve[]> {
  const search: Curve = { operation: 'case search', sizeName: 'pages indexed', points: [], maxExponent: 0.5 };
  const open: Curve = { operation: 'case open', sizeName: 'cases in the workspace', points: [], maxExponent: 1 };
  for (const factor of [100, 10, 1]) {
    const { backend, pages, cases } = await openLoad(scaled(factor));
    try {
      const list = await backend.invoke('cases.list', {});
      const sample = list.filter((_, i) => i % Math.ceil(list.length / 12) === 0).slice(0, 12);
      const searchMs: number[] = [];
      const openMs: number[] = [];
      // Round 0 warms the page cache and the statements; rounds 1 and 2 count.
      for (const round of [0, 1, 2]) {
        for (const c of sample) {
          for (const query of SEARCHES) {
            const started = performance.now();
            await backend.invoke('records.search', { caseId: c.id, query, limit: 50 });
            if (round > 0) searchMs.push(performance.now() - started);
          }
          // What the window asks for when a case opens (the checks, which render the letter, do not depend on size).
          const started = performance.now();
          await backend.invoke('cases.get', { caseId: c.id });
          await backend.invoke('records.documents', { caseId: c.id });
          await backend.invoke('determinations.get', { caseId: c.id });
          await backend.invoke('determinations.signedVersions', { caseId: c.id });
          if (round > 0) openMs.push(performance.now() - started);
        }
      }
      search.points.push({ size: pages, ms: median(searchMs) });
      open.points.push({ size: cases, ms: median(openMs) });
    } finally {
      backend.close();
    }
  }
  return [search, open];
}

async function importCurve(): Promise<Curve> {
  const curve: Curve = { operation: 'import + index', sizeName: 'record pages', points: [], maxExponent: 1 };
  const warmup = await buildRecordPdf(medicalPages(2, 500));
  for (const pages of [20, 200, 2000]) {
    const pdf = await buildRecordPdf(medicalPages(pages, 0, 3000));
    const samples: number[] = [];
    for (let r = 0; r < (pages === 2000 ? 1 : 3); r++) samples.push(await importMs(pdf, true, warmup));
    curve.points.push({ size: pages, ms: median(samples) });
  }
  return curve;
}

async function syncCurve(): Promise<Curve> {
  const curve: Curve = { operation: 'sync pull', sizeName: 'assignments', points: [], maxExponent: 1 };
  const signer = await createTestSigner('RVW-0001');
  for (const cases of [10, 100, 1000]) {
    const server = await startBenchServerProcess({
      cases,
      latencyMs: 0,
      reviewers: [{ reviewerId: 'RVW-0001', certificatePem: signer.identity.certificatePem, firstCase: 1 }],
    });
    const tw = await createTestWorkspace();
    try {
      const side = server.reviewers[0];
      if (!side) throw new Error('The bench server has no reviewer');
      await tw.call('sync.configure', { serverUrl: server.proxyUrl, token: side.token });
      const started = performance.now();
      const run = await tw.call('sync.run', {});
      const ms = performance.now() - started;
      if (run.lastError || run.lastRun?.casesUpdated !== cases)
        throw new Error(`The pull of ${cases} assignments failed`);
      curve.points.push({ size: cases, ms });
    } finally {
      tw.dispose();
      await server.stop();
    }
  }
  return curve;
}

async function letterCurve(): Promise<Curve> {
  const curve: Curve = {
    operation: 'letter render',
    sizeName: 'disputed items (half a page of rationale each)',
    points: [],
    maxExponent: 1,
  };
  await renderLetterPdf(buildLetterModel(longLetterInput(2, 1)));
  for (const items of [2, 20, 200]) {
    const model = buildLetterModel(longLetterInput(items, items / 2));
    const samples: number[] = [];
    for (let r = 0; r < (items === 200 ? 3 : 7); r++) {
      const started = performance.now();
      await renderLetterPdf(model);
      samples.push(performance.now() - started);
    }
    curve.points.push({ size: items, ms: median(samples) });
  }
  return curve;
}

const fmtMs = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(1) : ms.toFixed(2));

/**
 * GROWTH: how each cost grows with the work, at 1×, 10× and 100× sizes, with the fitted exponent of time against size.
 * Writes the table to bench-artifacts/growth.md. GROWTH_BENCH=import,search,sync,letter picks parts (search includes
 * case open).
 */
export default async function growthBench(): Promise<BenchOutcome[]> {
  const parts = (process.env['GROWTH_BENCH'] ?? 'import,search,sync,letter').split(',');
  const curves: Curve[] = [];
  if (parts.includes('import')) curves.push(await importCurve());
  if (parts.includes('search')) curves.push(...(await workspaceCurves()));
  if (parts.includes('sync')) curves.push(await syncCurve());
  if (parts.includes('letter')) curves.push(await letterCurve());

  const rows = curves.map((c) => {
    const exponent = fitExponent(c.points);
    const cells = c.points.map((p) => `${p.size.toLocaleString('en-US')}: ${fmtMs(p.ms)} ms`);
    return {
      c,
      exponent,
      line: `| ${c.operation} | ${c.sizeName} | ${cells.join(' | ')} | ${exponent.toFixed(2)} | ≤ ${c.maxExponent} |`,
    };
  });
  const table = [
    '| Operation | Size | 1× | 10× | 100× | Fitted exponent | Target |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => r.line),
  ].join('\n');
  console.log(`\n${table}\n`);
  mkdirSync('bench-artifacts', { recursive: true });
  writeFileSync('bench-artifacts/growth.md', `${table}\n`);
  return rows.map(({ c, exponent }) => {
    const first = c.points[0];
    const last = c.points.at(-1);
    return reportFigure({
      name: `GROWTH ${c.operation}: time at 100× ${c.sizeName} (fitted exponent ${exponent.toFixed(2)}, target ≤ ${c.maxExponent})`,
      value: last?.ms ?? Number.NaN,
      unit: 'ms',
      baselineName: `the same at 1× (${first?.size.toLocaleString('en-US')})`,
      baselineValue: first?.ms ?? Number.NaN,
      // An exponent e over a hundredfold size is a ratio of 100^e.
      maxRatio: 100 ** c.maxExponent,
    });
  });
}

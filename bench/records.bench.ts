import { buildRecordPdf } from '../test/electron/records/support/buildRecordPdf';
import { medicalPages } from '../test/electron/records/support/medicalText';
import { percentile, reportFigure, type BenchOutcome } from './benchReport';
import { createBenchWorkspace } from './records/createBenchWorkspace';
import { bareExtractionMs, importMs } from './records/measureImport';
import { measureFirstPage } from './records/measureFirstPage';
import { fillIndex, searchAndGrepSamples } from './records/measureSearch';

/** Page opens in Chromium vary by ±30% on these shared 2-core machines; 16 interleaved rounds keep the median steady. */
const OPEN_ROUNDS = Number(process.env['OPEN_ROUNDS'] ?? 16);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** RECORDS_BENCH=import,search,open picks parts (all by default). */
export default async function recordsBench(): Promise<BenchOutcome[]> {
  const parts = (process.env['RECORDS_BENCH'] ?? 'import,search,open').split(',');
  const outcomes: BenchOutcome[] = [];
  if (parts.includes('import')) outcomes.push(...(await importBench()));
  if (parts.includes('search')) outcomes.push(...(await searchBench()));
  if (parts.includes('open')) outcomes.push(...(await firstPageBench()));
  return outcomes;
}

async function importBench(): Promise<BenchOutcome[]> {
  const outcomes: BenchOutcome[] = [];
  const pdf = await buildRecordPdf(medicalPages(1000, 0, 3000));
  const warmup = await buildRecordPdf(medicalPages(2, 500));
  await bareExtractionMs(pdf);
  const bare: number[] = [];
  const warm: number[] = [];
  const cold: number[] = [];
  for (let round = 0; round < 5; round++) {
    bare.push(await bareExtractionMs(pdf));
    warm.push(await importMs(pdf, true, warmup));
    cold.push(await importMs(pdf, false));
  }
  const ratios = warm.map((o, i) => o / (bare[i] ?? Number.NaN));
  console.log(
    `import rounds (ms, warm/cold/bare): ${warm.map((o, i) => `${o.toFixed(0)}/${cold[i]?.toFixed(0)}/${bare[i]?.toFixed(0)}`).join(' ')}; paired warm ratio median ${median(ratios).toFixed(2)}`,
  );
  outcomes.push(
    reportFigure({
      name: 'IMP-1 upload, import and index 1,000 text pages, readers loaded (median of 5)',
      value: median(warm) / 1000,
      unit: 's',
      baselineName: 'bare pdf.js getTextContent loop',
      baselineValue: median(bare) / 1000,
      maxRatio: 1.3,
      maxValue: 20,
    }),
  );
  outcomes.push(
    reportFigure({
      name: 'IMP-1 the same as the first import after start (workers load pdf.js), informational',
      value: median(cold) / 1000,
      unit: 's',
      baselineName: 'bare pdf.js getTextContent loop',
      baselineValue: median(bare) / 1000,
      maxValue: 20,
    }),
  );
  return outcomes;
}

async function firstPageBench(): Promise<BenchOutcome[]> {
  const pdfs = new Map<string, Uint8Array>();
  for (const tree of ['flat', 'nested'] as const) {
    pdfs.set(`${tree}-20`, await buildRecordPdf(medicalPages(20), { tree }));
    pdfs.set(`${tree}-2000`, await buildRecordPdf(medicalPages(2000), { tree }));
  }
  const { samples, bytesSent } = await measureFirstPage(pdfs, OPEN_ROUNDS);
  const out: BenchOutcome[] = [];
  for (const tree of ['flat', 'nested'] as const) {
    const big = samples.get(`${tree}-2000`) ?? [];
    const small = samples.get(`${tree}-20`) ?? [];
    const sent = (name: string) =>
      `${((bytesSent.get(name) ?? 0) / 1024).toFixed(0)} KiB sent (original file ${((pdfs.get(name)?.byteLength ?? 0) / 1024).toFixed(0)} KiB)`;
    console.log(
      `  ${tree}: 2000 pages ${sent(`${tree}-2000`)}; 20 pages ${sent(`${tree}-20`)}; p95 ${percentile(big, 95).toFixed(0)} ms vs ${percentile(small, 95).toFixed(0)} ms`,
    );
    out.push(
      reportFigure({
        name: `PDF-1 open an imported 2,000-page PDF (${tree} page tree) to page 1 painted, Chromium (median of ${OPEN_ROUNDS})`,
        value: median(big),
        unit: 'ms',
        baselineName: 'the same on a 20-page PDF',
        baselineValue: median(small),
        maxRatio: 1.3,
        maxValue: tree === 'flat' ? 2000 : 1000,
      }),
    );
  }
  return out;
}

async function searchBench(): Promise<BenchOutcome[]> {
  const bench = await createBenchWorkspace();
  try {
    const dumpFile = 'bench-artifacts/records-50k-pages.txt';
    const started = performance.now();
    fillIndex(bench, 50_000, dumpFile);
    console.log(`indexed 50,000 pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const { byKind, grep } = searchAndGrepSamples(bench, dumpFile, 15);
    const all = [...byKind.values()].flat();
    for (const [kind, xs] of byKind)
      console.log(
        `  search ${kind.padEnd(7)} p50 ${percentile(xs, 50).toFixed(1)} ms  p95 ${percentile(xs, 95).toFixed(1)} ms  (${xs.length} samples)`,
      );
    console.log(
      `search p50 ${percentile(all, 50).toFixed(1)} ms, p99 ${percentile(all, 99).toFixed(1)} ms over ${all.length} samples; grep median ${percentile(grep, 50).toFixed(1)} ms`,
    );
    return [
      reportFigure({
        name: 'FTS-1 search 50,000 pages, top 50 with snippets (p95, warm)',
        value: percentile(all, 95),
        unit: 'ms',
        baselineName: 'grep -F -c over the same text (median, warm)',
        baselineValue: percentile(grep, 50),
        maxRatio: 0.2,
        maxValue: 30,
      }),
    ];
  } finally {
    bench.dispose();
  }
}

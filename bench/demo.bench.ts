import { generateDemoWorkspace } from '../electron/core/demo/generateDemoWorkspace';
import type { DemoWorkspace } from '../electron/core/demo/demoWorkspace';
import { buildRecordPdf } from '../test/electron/records/support/buildRecordPdf';
import { percentile, reportFigure, type BenchOutcome } from './benchReport';

const ROUNDS = 5;
const BUDGET_MS = 4000;
const TODAY = '2026-11-20';

/** Writes every document of the workspace again, page for page with the same text, using pdf-lib alone. */
async function plainPdfMs(ws: DemoWorkspace): Promise<number> {
  const start = performance.now();
  for (const c of ws.cases) for (const doc of c.documents) await buildRecordPdf(doc.pages);
  return performance.now() - start;
}

/** Generating the demo workspace (case texts plus every record PDF), against writing the same pages with plain pdf-lib. */
export default async function demoBench(): Promise<BenchOutcome[]> {
  let start = performance.now();
  const ws = await generateDemoWorkspace({ today: TODAY, seed: 1 });
  const coldMs = performance.now() - start;

  const generate: number[] = [];
  const plain: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    start = performance.now();
    await generateDemoWorkspace({ today: TODAY, seed: 1 });
    generate.push(performance.now() - start);
    plain.push(await plainPdfMs(ws));
  }

  const documents = ws.cases.flatMap((c) => c.documents);
  const pages = documents.reduce((n, d) => n + d.pages.length, 0);
  console.log(
    `${ws.cases.length} cases, ${documents.length} PDFs, ${pages} pages; first run in the process ${coldMs.toFixed(0)} ms; ` +
      `generate ${generate.map((ms) => ms.toFixed(0)).join('/')} ms, plain pdf-lib ${plain.map((ms) => ms.toFixed(0)).join('/')} ms (${ROUNDS} rounds)`,
  );
  return [
    reportFigure({
      name: `generate the demo workspace, ${ws.cases.length} cases with ${pages} record pages (median of ${ROUNDS})`,
      value: percentile(generate, 50),
      unit: 'ms',
      // The floor for these PDFs in-process: same documents and page texts, pdf-lib's built-in Helvetica (no DejaVu embedding or subsetting, no layout).
      baselineName: 'the same pages written with plain pdf-lib and Helvetica',
      baselineValue: percentile(plain, 50),
      maxRatio: 10,
      maxValue: BUDGET_MS,
    }),
  ];
}

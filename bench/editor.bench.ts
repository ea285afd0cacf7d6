import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { percentile, reportFigure, type BenchOutcome } from './benchReport';
import type { KeystrokeSample } from './editorPage/latencyProbe';

const here = dirname(fileURLToPath(import.meta.url));
const ROUNDS = 8;
const WARMUP_KEYS = 15;
const MEASURED_KEYS = 60;
const KEY_DELAY_MS = 35;
const TEXT = 'the cervical mri is not medically necessary as there is no new deficit ';

export type EditorKind = 'bare' | 'app' | 'app-one-page';
type Kind = EditorKind;

interface BenchApi {
  mount(kind: Kind): Promise<void>;
  reset(): void;
  samples(): KeystrokeSample[];
  commitsOutsideEditor(): number;
  chips(): number;
  words(): number;
}

/** Debian's Chromium as in the end-to-end rig; unthrottled frames measure the editor's work, not the wait for vsync. */
export function launch(unthrottled: boolean): Promise<Browser> {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
  ];
  if (unthrottled) args.push('--disable-frame-rate-limit', '--disable-gpu-vsync');
  return chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', headless: true, args });
}

export async function buildPage(outdir: string): Promise<string> {
  await build({
    entryPoints: [join(here, 'editorPage', 'main.tsx')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir,
    logLevel: 'warning',
  });
  const { copyFileSync } = await import('node:fs');
  copyFileSync(join(here, 'editorPage', 'index.html'), join(outdir, 'index.html'));
  return pathToFileURL(join(outdir, 'index.html')).href;
}

export async function typeAndMeasure(
  page: Page,
  kind: Kind,
): Promise<{ samples: KeystrokeSample[]; commits: number; chips: number }> {
  await page.evaluate((k) => (window as unknown as { editorBench: BenchApi }).editorBench.mount(k), kind);
  await page.keyboard.type(TEXT.slice(0, WARMUP_KEYS), { delay: KEY_DELAY_MS });
  await page.waitForTimeout(100);
  await page.evaluate(() => (window as unknown as { editorBench: BenchApi }).editorBench.reset());
  const text = TEXT.repeat(2).slice(WARMUP_KEYS, WARMUP_KEYS + MEASURED_KEYS);
  await page.keyboard.type(text, { delay: KEY_DELAY_MS });
  await page.waitForTimeout(100);
  return page.evaluate(() => {
    const b = (window as unknown as { editorBench: BenchApi }).editorBench;
    return { samples: b.samples(), commits: b.commitsOutsideEditor(), chips: b.chips() };
  });
}

/** ED-1: typing latency in a 20-page rationale with 200 chips, against a bare StarterKit editor holding the same text. */
export default async function editorBench(): Promise<BenchOutcome[]> {
  const outdir = mkdtempSync(join(tmpdir(), 'imr-editor-bench-'));
  const browser = await launch(process.env['EDITOR_BENCH_VSYNC'] !== '1');
  try {
    const url = await buildPage(outdir);
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]');
    const samples: Record<Kind, KeystrokeSample[]> = { bare: [], app: [], 'app-one-page': [] };
    const ratios: number[] = [];
    let commits = 0;
    let chips = 0;
    for (let round = 0; round < ROUNDS; round++) {
      // Interleaved (ABAB…), alternating which goes first, so drift hits both sides alike.
      const order: Kind[] = round % 2 === 0 ? ['bare', 'app', 'app-one-page'] : ['app-one-page', 'app', 'bare'];
      const p95: Partial<Record<Kind, number>> = {};
      for (const kind of order) {
        const run = await typeAndMeasure(page, kind);
        samples[kind].push(...run.samples);
        p95[kind] = percentile(
          run.samples.map((s) => s.total),
          95,
        );
        if (kind === 'app') {
          commits += run.commits;
          chips = run.chips;
        }
      }
      ratios.push((p95.app ?? NaN) / (p95.bare ?? NaN));
    }
    const total = (kind: Kind, p: number) =>
      percentile(
        samples[kind].map((s) => s.total),
        p,
      );
    const part = (kind: Kind, key: 'script' | 'render', p: number) =>
      percentile(
        samples[kind].map((s) => s[key]),
        p,
      );
    const mad = percentile(
      ratios.map((r) => Math.abs(r - percentile(ratios, 50))),
      50,
    );
    console.log(
      `${chips} chips, ${samples.app.length} measured keystrokes per editor over ${ROUNDS} interleaved rounds; ` +
        `paired p95 ratio app/bare median ${percentile(ratios, 50).toFixed(2)} (MAD ${mad.toFixed(2)}); ` +
        `React commits outside the editor while typing: ${commits}`,
    );
    for (const kind of ['bare', 'app', 'app-one-page'] as const) {
      console.log(
        `  ${kind.padEnd(12)} input-to-paint p50 ${total(kind, 50).toFixed(1)} p95 ${total(kind, 95).toFixed(1)} p99 ${total(kind, 99).toFixed(1)} ms; ` +
          `script p95 ${part(kind, 'script', 95).toFixed(2)} ms; frame render p95 ${part(kind, 'render', 95).toFixed(2)} ms`,
      );
    }
    return [
      reportFigure({
        name: 'editor typing, p95 input-to-paint (20-page rationale, 200 chips)',
        value: total('app', 95),
        unit: 'ms',
        baselineName: 'bare TipTap StarterKit, same text',
        baselineValue: total('bare', 95),
        maxRatio: 1.5,
        maxValue: 16,
      }),
      reportFigure({
        name: 'editor typing, p95 script per keystroke (20-page rationale, 200 chips)',
        value: part('app', 'script', 95),
        unit: 'ms',
        baselineName: 'bare TipTap StarterKit, same text',
        baselineValue: part('bare', 'script', 95),
      }),
      reportFigure({
        name: 'editor typing, p95 input-to-paint, O(change) check',
        value: total('app', 95),
        unit: 'ms',
        baselineName: 'same editor, 1-page rationale',
        baselineValue: total('app-one-page', 95),
        maxRatio: 1.3,
      }),
    ];
  } finally {
    await browser.close();
    rmSync(outdir, { recursive: true, force: true });
  }
}

import { buildSampleCase } from './buildSampleCase';
import { buildStandardCase } from './buildStandardCase';
import { CHRONIC_PAIN_CASE_SPECS } from './chronicPainCaseSpecs';
import type { DemoWorkspace } from './demoWorkspace';
import { EXTREMITY_CASE_SPECS } from './extremityCaseSpecs';
import { KNEE_CASE_SPECS } from './kneeCaseSpecs';
import { renderDemoCase } from './renderDemoCase';
import { createSeededRandom } from '../../../shared/random';
import { SPINE_CASE_SPECS } from './spineCaseSpecs';
import { SURGICAL_CASE_SPECS } from './surgicalCaseSpecs';

const CASE_SPECS = [
  ...SPINE_CASE_SPECS,
  ...SURGICAL_CASE_SPECS,
  ...EXTREMITY_CASE_SPECS,
  ...KNEE_CASE_SPECS,
  ...CHRONIC_PAIN_CASE_SPECS,
];

/**
 * The synthetic demo workspace: the sample-letter case plus cases dated relative to `today`, each with rendered
 * record PDFs. The same seed and today always give the same cases, texts and PDF bytes.
 */
export async function generateDemoWorkspace(opts: { today: string; seed?: number }): Promise<DemoWorkspace> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.today)) throw new Error(`today must be YYYY-MM-DD, got "${opts.today}"`);
  const seed = opts.seed ?? 1;
  const drafts = [
    buildSampleCase(opts.today, createSeededRandom(seed)),
    ...CASE_SPECS.map((spec, i) => buildStandardCase(spec, opts.today, createSeededRandom(seed * 7919 + i + 1))),
  ];
  const cases = [];
  for (const draft of drafts) cases.push(await renderDemoCase(draft));
  return { cases };
}

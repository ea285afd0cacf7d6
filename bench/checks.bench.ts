import type { CheckCode } from '../shared/domain/checks/checkCatalog';
import { severityOf } from '../shared/domain/checks/checkCatalog';
import type { CheckContext } from '../shared/domain/checks/checkContext';
import { runPreSignChecks } from '../shared/domain/checks/runPreSignChecks';
import { proseTextOf } from '../shared/domain/checks/text/proseTextOf';
import { shingleContainment } from '../shared/domain/checks/text/shingleContainment';
import { splitSentences } from '../shared/domain/checks/text/splitSentences';
import { citationsOf } from '../shared/domain';
import { labelledCheckCases, MEASURED_CODES } from '../test/support/labelledChecks/labelledCheckCases';
import { scoreChecks, type CheckScore } from '../test/support/labelledChecks/scoreChecks';
import { reportFigure, type BenchOutcome } from './benchReport';

/**
 * Keyword checks as a first version would write them: the last sentence naming "medically necessary", 5-word runs
 * shared with the UR letter, a short list of markers, any mention of the MTUS or 9792.25.1, the demo flag alone.
 */
function keywordBaseline(ctx: CheckContext): Set<string> {
  const found = new Set<string>();
  for (const det of ctx.determination.items) {
    const text = proseTextOf(det.rationale);
    const last = splitSentences(text)
      .slice(-3)
      .reverse()
      .find((s) => /medically necessary/i.test(s));
    if (last === undefined) found.add('CONCLUSION_MISSING');
    else if (/\bnot\b/i.test(last) !== (det.decision === 'upheld')) found.add('DECISION_CONCLUSION_MISMATCH');
    if (/TODO|TBD|\bXX\b|\[\[|\?\?\?|<insert|lorem ipsum/i.test(text)) found.add('PLACEHOLDER_TEXT');
    const citations = citationsOf(det.rationale);
    if (
      citations.length > 0 &&
      !citations.some((c) => c.mtus) &&
      !/mtus|9792\.25\.1|best available evidence/i.test(text)
    )
      found.add('MTUS_NOT_CITED');
  }
  const summary = proseTextOf(ctx.determination.summary);
  if (/TODO|TBD|\bXX\b|\[\[|\?\?\?|<insert|lorem ipsum/i.test(summary)) found.add('PLACEHOLDER_TEXT');
  if (ctx.urDenialText !== null) {
    const { containment } = shingleContainment(summary, ctx.urDenialText);
    if (containment >= 0.85) found.add('SUMMARY_COPIED_FROM_UR');
    else if (containment >= 0.6) found.add('SUMMARY_LARGELY_FROM_UR');
  }
  if (ctx.profileIsDefault === true) found.add('PROFILE_DEMO_VALUES');
  return found;
}

function pct(n: number): string {
  return `${(n * 100).toFixed(1)}%`.padStart(6);
}

function table(title: string, scores: readonly CheckScore[]): void {
  console.log(`${title}\n  ${'check'.padEnd(30)} severity  precision  recall   TP   FP   FN`);
  for (const s of scores) {
    console.log(
      `  ${s.code.padEnd(30)} ${severityOf(s.code).padEnd(8)}  ${pct(s.precision)}    ${pct(s.recall)} ${String(s.truePositives).padStart(4)} ${String(s.falsePositives).padStart(4)} ${String(s.falseNegatives).padStart(4)}`,
    );
  }
}

/** The pre-sign checks on the labelled set: precision and recall per check, against the keyword baseline. */
export default async function checksBench(): Promise<BenchOutcome[]> {
  const cases = labelledCheckCases();
  const flawed = cases.filter((c) => c.expected.size > 0).length;
  console.log(`${cases.length} labelled determinations (${flawed} flawed, ${cases.length - flawed} clean)`);
  const started = performance.now();
  const ours = scoreChecks(cases, MEASURED_CODES, (ctx) => new Set(runPreSignChecks(ctx).map((f) => f.code)));
  const perCase = (performance.now() - started) / cases.length;
  const baseline = scoreChecks(cases, MEASURED_CODES, keywordBaseline);
  table('Pre-sign checks', ours);
  table('Keyword baseline', baseline);
  console.log(`${perCase.toFixed(2)} ms per determination for every check`);
  const byCode = new Map(baseline.map((s) => [s.code, s]));
  const errorCodes: CheckCode[] = MEASURED_CODES.filter((c) => severityOf(c) === 'error');
  return errorCodes.flatMap((code) => {
    const mine = ours.find((s) => s.code === code);
    const base = byCode.get(code);
    if (!mine || !base) return [];
    return [
      reportFigure({
        name: `${code} missed (1 - recall)`,
        value: 1 - mine.recall,
        unit: 'share',
        baselineName: 'keyword checks',
        baselineValue: 1 - base.recall,
        maxValue: 0.05,
      }),
      reportFigure({
        name: `${code} false alarms (1 - precision)`,
        value: 1 - mine.precision,
        unit: 'share',
        baselineName: 'keyword checks',
        baselineValue: 1 - base.precision,
        maxValue: 0.03,
      }),
    ];
  });
}

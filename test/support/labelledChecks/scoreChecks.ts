import type { CheckCode } from '../../../shared/domain/checks/checkCatalog';
import type { CheckContext } from '../../../shared/domain/checks/checkContext';
import type { LabelledCase } from './labelledCheckCases';

export interface CheckScore {
  code: CheckCode;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** Cases that went wrong for this code, for reading. */
  misses: Array<{ kind: string; reported: boolean }>;
}

/** Precision and recall of each measured code over the labelled set, for any checker (ours or a baseline). */
export function scoreChecks(
  cases: readonly LabelledCase[],
  codes: readonly CheckCode[],
  run: (ctx: CheckContext) => ReadonlySet<string>,
): CheckScore[] {
  const scores = new Map<CheckCode, CheckScore>(
    codes.map((code) => [
      code,
      { code, truePositives: 0, falsePositives: 0, falseNegatives: 0, precision: 1, recall: 1, misses: [] },
    ]),
  );
  for (const c of cases) {
    const reported = run(c.ctx);
    for (const code of codes) {
      const score = scores.get(code);
      if (!score) continue;
      const want = c.expected.has(code);
      const got = reported.has(code);
      if (want && got) score.truePositives++;
      else if (want) {
        score.falseNegatives++;
        score.misses.push({ kind: c.kind, reported: false });
      } else if (got && !c.allowed.has(code)) {
        score.falsePositives++;
        score.misses.push({ kind: c.kind, reported: true });
      }
    }
  }
  for (const s of scores.values()) {
    s.precision = s.truePositives + s.falsePositives === 0 ? 1 : s.truePositives / (s.truePositives + s.falsePositives);
    s.recall = s.truePositives + s.falseNegatives === 0 ? 1 : s.truePositives / (s.truePositives + s.falseNegatives);
  }
  return [...scores.values()];
}

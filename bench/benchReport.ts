/** One benchmark figure, printed with its ratio to a baseline measured in the same run. */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  baselineName: string;
  baselineValue: number;
  /** The issue's target for value/baselineValue (lower is better). */
  maxRatio?: number;
  /** The issue's absolute target for value, in the same unit. */
  maxValue?: number;
  /** For figures where higher is better (accuracy, F1): the least value that meets the target. */
  minValue?: number;
}

export interface BenchOutcome extends BenchFigure {
  ratio: number;
  pass: boolean;
}

export function reportFigure(figure: BenchFigure): BenchOutcome {
  const ratio = figure.baselineValue > 0 ? figure.value / figure.baselineValue : Number.POSITIVE_INFINITY;
  const ratioOk = figure.maxRatio === undefined || ratio <= figure.maxRatio;
  const valueOk =
    (figure.maxValue === undefined || figure.value <= figure.maxValue) &&
    (figure.minValue === undefined || figure.value >= figure.minValue);
  const pass = ratioOk && valueOk;
  const targets = [
    figure.maxValue === undefined ? null : `target <= ${figure.maxValue} ${figure.unit}`,
    figure.minValue === undefined ? null : `target >= ${figure.minValue} ${figure.unit}`,
    figure.maxRatio === undefined ? null : `ratio target <= ${figure.maxRatio}`,
  ].filter(Boolean);
  console.log(
    `${pass ? 'PASS' : 'MISS'}  ${figure.name}: ${fmt(figure.value)} ${figure.unit}` +
      `  | baseline ${figure.baselineName}: ${fmt(figure.baselineValue)} ${figure.unit}` +
      `  | ratio ${fmt(ratio)}x${targets.length ? `  (${targets.join(', ')})` : ''}`,
  );
  return { ...figure, ratio, pass };
}

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toFixed(3);
}

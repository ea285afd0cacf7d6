import type { PDFFont } from 'pdf-lib';
import type { FontStyle, PlacedRun, PositionedLine } from './letterLayout';

export const FONT_KEYS: Record<FontStyle, string> = { regular: 'F1', bold: 'F2', italic: 'F3', boldItalic: 'F4' };

export interface PageContent {
  /** The page's content stream, uncompressed. */
  operators: string;
  styles: Set<FontStyle>;
}

/**
 * One text object per page: a font change only when the style or size changes, each run placed by its text matrix.
 * Writing the operators directly instead of one drawText per run keeps a long letter's content streams small and fast.
 */
export function buildPageContent(lines: readonly PositionedLine[], fonts: Record<FontStyle, PDFFont>): PageContent {
  const out: string[] = ['BT'];
  const styles = new Set<FontStyle>();
  let current = '';
  const show = (run: PlacedRun, baseline: number) => {
    const font = `/${FONT_KEYS[run.style]} ${num(run.size)} Tf`;
    if (font !== current) {
      out.push(font);
      current = font;
      styles.add(run.style);
    }
    out.push(`1 0 0 1 ${num(run.x)} ${num(baseline)} Tm ${fonts[run.style].encodeText(run.text).toString()} Tj`);
  };
  for (const line of lines) for (const run of line.runs) show(run, line.baseline);
  out.push('ET');
  return { operators: out.join('\n'), styles };
}

function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

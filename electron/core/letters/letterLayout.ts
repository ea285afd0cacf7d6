export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

/** Text in one font at a horizontal position, ready to draw. */
export interface PlacedRun {
  text: string;
  style: FontStyle;
  size: number;
  x: number;
}

/** One printed line before pagination. */
export interface LayoutLine {
  runs: PlacedRun[];
  height: number;
  /** Vertical gap above the line, dropped at the top of a page. */
  spaceBefore: number;
  /** Headings stay on the page of the line that follows them. */
  keepWithNext: boolean;
}

export interface PositionedLine extends LayoutLine {
  /** Baseline, in PDF points from the bottom of the page. */
  baseline: number;
}

export type MeasureText = (text: string, style: FontStyle, size: number) => number;

import type { LayoutLine, PositionedLine } from './letterLayout';
import { LETTER_PAGE } from './letterTypography';

const TOP = LETTER_PAGE.height - LETTER_PAGE.top;
const USABLE = TOP - LETTER_PAGE.bottom;

/** Lines onto pages top to bottom; a run of lines that keep together moves to a new page whole when it fits on one. */
export function paginateLines(lines: readonly LayoutLine[]): PositionedLine[][] {
  const pages: PositionedLine[][] = [[]];
  let cursor = TOP;
  let keptUntil = -1;
  lines.forEach((line, i) => {
    let page = pages[pages.length - 1] as PositionedLine[];
    const gap = page.length === 0 ? 0 : line.spaceBefore;
    // Only the first line of a keep-together run decides; the rest follow it.
    const needed = i > keptUntil ? keepRunHeight(lines, i) : line.height;
    if (i > keptUntil) keptUntil = keepRunEnd(lines, i);
    if (
      page.length > 0 &&
      cursor - gap - needed < LETTER_PAGE.bottom &&
      (needed <= USABLE || cursor - gap - line.height < LETTER_PAGE.bottom)
    ) {
      page = [];
      pages.push(page);
      cursor = TOP;
    }
    cursor -= (page.length === 0 ? 0 : line.spaceBefore) + line.height;
    // Baseline sits a quarter of the line height above the line's bottom edge.
    page.push({ ...line, baseline: cursor + line.height * 0.25 });
  });
  return pages;
}

function keepRunEnd(lines: readonly LayoutLine[], from: number): number {
  let end = from;
  while (end < lines.length - 1 && lines[end]?.keepWithNext) end++;
  return end;
}

function keepRunHeight(lines: readonly LayoutLine[], from: number): number {
  let height = 0;
  for (let i = from; i <= keepRunEnd(lines, from); i++) {
    const line = lines[i] as LayoutLine;
    height += line.height + (i === from ? 0 : line.spaceBefore);
  }
  return height;
}

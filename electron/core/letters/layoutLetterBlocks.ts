import type { LetterBlock } from '../../../shared/domain/letter';
import type { LayoutLine, MeasureText, PlacedRun } from './letterLayout';
import { LETTER_PAGE, LETTER_TYPE } from './letterTypography';
import { wrapInlines } from './wrapInlines';

const CONTENT_WIDTH = LETTER_PAGE.width - 2 * LETTER_PAGE.marginX;

/** Letter blocks to wrapped lines: headings in bold, lists with their markers and a hanging indent. */
export function layoutLetterBlocks(blocks: readonly LetterBlock[], measure: MeasureText): LayoutLine[] {
  return blocks.flatMap((block, i) => layoutBlock(block, LETTER_PAGE.marginX, measure, i === 0 ? 0 : null));
}

/** spaceBefore null means the block's own gap. */
function layoutBlock(block: LetterBlock, x: number, measure: MeasureText, spaceBefore: number | null): LayoutLine[] {
  const maxWidth = CONTENT_WIDTH - (x - LETTER_PAGE.marginX);
  switch (block.kind) {
    case 'heading': {
      const size = block.level === 1 ? LETTER_TYPE.heading1Size : LETTER_TYPE.bodySize;
      const gap = block.level === 1 ? LETTER_TYPE.heading1Gap : LETTER_TYPE.heading2Gap;
      const inlines = [{ text: block.text, bold: true, italic: false }];
      const lines = wrapInlines(inlines, { size, x, maxWidth, measure, style: 'bold' });
      return toLines(lines, size, spaceBefore ?? gap, true);
    }
    case 'paragraph': {
      const lines = wrapInlines(block.inlines, { size: LETTER_TYPE.bodySize, x, maxWidth, measure });
      return toLines(lines, LETTER_TYPE.bodySize, spaceBefore ?? LETTER_TYPE.paragraphGap, false);
    }
    case 'list':
      return layoutList(block, x, measure, spaceBefore);
  }
}

function layoutList(
  block: Extract<LetterBlock, { kind: 'list' }>,
  x: number,
  measure: MeasureText,
  spaceBefore: number | null,
): LayoutLine[] {
  const size = LETTER_TYPE.bodySize;
  const markers = block.items.map((_, i) => (block.ordered ? `${block.start + i}.` : '\u2022'));
  const widest = Math.max(0, ...markers.map((m) => measure(m, 'regular', size)));
  const hang = Math.max(LETTER_TYPE.listIndent, Math.ceil(widest + 6));
  return block.items.flatMap((item, i) => {
    const lines = item.flatMap((child, j) =>
      layoutBlock(
        child,
        x + hang,
        measure,
        j === 0 ? (i === 0 ? (spaceBefore ?? LETTER_TYPE.paragraphGap) : LETTER_TYPE.paragraphGap / 2) : null,
      ),
    );
    const marker: PlacedRun = { text: markers[i] ?? '', style: 'regular', size, x };
    const first = lines[0];
    if (first === undefined) return toLines([[marker]], size, LETTER_TYPE.paragraphGap / 2, false);
    lines[0] = { ...first, runs: [marker, ...first.runs] };
    return lines;
  });
}

/** Headings keep with what follows; a paragraph's first and last two lines stay together (no orphans or widows). */
function toLines(lines: PlacedRun[][], size: number, spaceBefore: number, heading: boolean): LayoutLine[] {
  const height = (LETTER_TYPE.lineHeight * size) / LETTER_TYPE.bodySize;
  const last = lines.length - 1;
  return lines.map((runs, i) => ({
    runs,
    height,
    spaceBefore: i === 0 ? spaceBefore : 0,
    keepWithNext: heading || (last > 0 && (i === 0 || i === last - 1)),
  }));
}

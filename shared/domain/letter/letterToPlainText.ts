import type { LetterBlock, LetterModel } from './letterModel';
import { isLineBreak } from './letterModel';

/** The letter as plain text, blocks separated by blank lines: what the identity and placeholder checks scan. */
export function letterToPlainText(model: LetterModel): string {
  return model.blocks.map((block) => blockText(block, '')).join('\n\n');
}

function blockText(block: LetterBlock, indent: string): string {
  switch (block.kind) {
    case 'heading':
      return indent + block.text;
    case 'paragraph':
      return indent + block.inlines.map((inline) => (isLineBreak(inline) ? `\n${indent}` : inline.text)).join('');
    case 'list':
      return block.items
        .map((item, i) => {
          const marker = block.ordered ? `${block.start + i}. ` : '\u2022 ';
          const inner = item.map((child) => blockText(child, `${indent}   `)).join('\n');
          return `${indent}${marker}${inner.slice(indent.length + 3)}`;
        })
        .join('\n');
  }
}

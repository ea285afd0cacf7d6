/** Greedy word wrap at spaces; a word wider than the line is split by characters. */
export function wrapParagraph(text: string, maxWidth: number, widthOf: (s: string) => number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const space = widthOf(' ');
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  const push = (word: string, width: number) => {
    if (line && lineWidth + space + width <= maxWidth) {
      line += ` ${word}`;
      lineWidth += space + width;
      return;
    }
    if (line) lines.push(line);
    line = word;
    lineWidth = width;
  };
  for (const word of words) {
    const width = widthOf(word);
    if (width <= maxWidth) {
      push(word, width);
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const ch of word) {
      if (line && widthOf(line + ch) > maxWidth) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
    lineWidth = widthOf(line);
  }
  if (line) lines.push(line);
  return lines;
}

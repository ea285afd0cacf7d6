export const TEXT_LINE_WIDTH = 96;
export const TEXT_LINES_PER_PAGE = 56;

/** Splits a plain-text record into printed-size pages: form feeds first, then wrapped lines. */
export function paginateText(text: string): string[] {
  const pages: string[] = [];
  for (const sheet of text.replace(/\r\n?/g, '\n').split('\f')) {
    const lines = sheet.split('\n').flatMap(wrapLine);
    while (lines.length > 0 && lines.at(-1)?.trim() === '') lines.pop();
    for (let i = 0; i < lines.length; i += TEXT_LINES_PER_PAGE)
      pages.push(lines.slice(i, i + TEXT_LINES_PER_PAGE).join('\n'));
  }
  return pages.length > 0 ? pages : [''];
}

function wrapLine(line: string): string[] {
  const out: string[] = [];
  let rest = line.replace(/\s+$/, '');
  while (rest.length > TEXT_LINE_WIDTH) {
    const cut = rest.lastIndexOf(' ', TEXT_LINE_WIDTH);
    const at = cut > TEXT_LINE_WIDTH / 2 ? cut : TEXT_LINE_WIDTH;
    out.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^ /, '');
  }
  out.push(rest);
  return out;
}

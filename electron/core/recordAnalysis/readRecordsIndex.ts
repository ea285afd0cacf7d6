/** One entry of a compilation's records index: the pages it lists and what it says they are. */
export interface IndexEntry {
  from: number;
  to: number;
  text: string;
}

const HEADING =
  /\b(?:records? index|index of records|table of contents|contents|exhibit list|list of (?:records|documents|exhibits)|records? produced|document index)\b/i;
const RANGE = /\b(?:pages?|pp?\.|pgs?\.?)\s*(\d{1,5})(?:\s*(?:-|–|—|to|through|thru)\s*(\d{1,5}))?/i;
const PAGE_FOOTER = /^\W*page \d+ (?:of|\/) \d+\W*$/i;
const TRAILING_RANGE = /(?:\.{2,}|\s{2,}|\s)(\d{1,5})(?:\s*(?:-|–|—)\s*(\d{1,5}))?\s*$/;

/**
 * The page ranges a records index lists, when the page reads as one (a heading such as "Records index" or
 * "Table of contents" and at least two entries inside the document). Ranges are the index's word, used as hints:
 * each range starts a new encounter; a range may hold several encounters of one series.
 */
export function readRecordsIndex(lines: readonly string[], pageCount: number): IndexEntry[] {
  if (!lines.slice(0, 6).some((l) => HEADING.test(l))) return [];
  const entries: IndexEntry[] = [];
  for (const line of lines) {
    if (PAGE_FOOTER.test(line)) continue;
    const m = RANGE.exec(line) ?? (HEADING.test(line) ? null : TRAILING_RANGE.exec(line));
    if (!m) continue;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from < 1 || to < from || to > pageCount) continue;
    entries.push({
      from,
      to,
      text: line
        .replace(m[0], ' ')
        .replace(/\s+/g, ' ')
        .replace(/^[\s:,.-]+/, '')
        .trim(),
    });
  }
  return entries.length >= 2 ? entries.sort((a, b) => a.from - b.from) : [];
}

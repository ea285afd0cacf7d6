/** The lines of one page, with the running headers and footers its document repeats on most pages set apart. */
export interface PageLayout {
  page: number;
  lines: string[];
  /** Same length as lines: true where the line is the document's running header, footer, stamp or page number. */
  furniture: boolean[];
  /** Lines that are not furniture, in order. */
  body: string[];
}

const ZONE_TOP = 6;
const ZONE_BOTTOM = 5;

export function splitLines(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r\n?|\n/)) {
    const line = /\s\s|[\t\f\v\u00a0]/.test(raw) ? raw.replace(/\s+/g, ' ').trim() : raw.trim();
    if (line !== '') out.push(line);
  }
  return out;
}

/** A line's identity across pages (lines come from splitLines, spacing already folded). */
export function lineKey(line: string): string {
  return line.toLowerCase();
}

/** Headers and footers are the edges of a page: at most a third of its lines at each end. */
function zones(count: number): { top: number; bottom: number } {
  const third = Math.floor(count / 3);
  return { top: Math.min(ZONE_TOP, third), bottom: Math.min(ZONE_BOTTOM, third) };
}

const PAGE_NUMBER_LINE =
  /^\W*(?:page|pg\.?|p\.)?\s*\d{1,5}\s*(?:(?:of|\/)\s*\d{1,5})?\W*$|^\W*page \d{1,5}(?: of \d{1,5})?\b.{0,40}$/i;
const BATES = /^\W*[A-Z][A-Z0-9_-]{1,15}[ _-]?\d{4,9}\W*$/;
const HAS_DIGIT = /\d/;

/**
 * Lays out every page of a document. A line is furniture when it stands in the top or bottom zone (six and five
 * lines, never more than a third of the page) of at least three pages and of at least half the document's pages (a compilation's cover header, a Bates or "Received"
 * stamp), or when it is only a page number or a Bates number. Dates on furniture are kept apart by the callers:
 * a cover's "Dates of service: 2008 to 2014" says nothing about one encounter.
 */
export function layoutPages(pages: readonly { page: number; text: string }[]): PageLayout[] {
  const split = pages.map((p) => ({ page: p.page, lines: splitLines(p.text) }));
  // Each page's zone lines, keyed once: counted across pages here, looked up below.
  const zoneKeys = split.map(({ lines }) => {
    const { top, bottom } = zones(lines.length);
    return lines.map((line, i) => (i < top || i >= lines.length - bottom ? lineKey(line) : null));
  });
  const counts = new Map<string, number>();
  for (const keys of zoneKeys) {
    const seen = new Set<string>();
    for (const key of keys) if (key !== null) seen.add(key);
    for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const minRepeats = Math.max(3, Math.ceil(split.length / 2));
  return split.map(({ page, lines }, p) => {
    const keys = zoneKeys[p] ?? [];
    const furniture = lines.map((line, i) => {
      // Both patterns need a digit; most lines have none.
      if (HAS_DIGIT.test(line) && (PAGE_NUMBER_LINE.test(line) || BATES.test(line))) return true;
      const key = keys[i];
      return key != null && (counts.get(key) ?? 0) >= minRepeats;
    });
    return { page, lines, furniture, body: lines.filter((_, i) => !furniture[i]) };
  });
}

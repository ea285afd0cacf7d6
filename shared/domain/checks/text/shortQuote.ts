/** A single-line excerpt for a message, cut at a word boundary. */
export function shortQuote(text: string, maxLength = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return `“${flat}”`;
  const cut = flat.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `“${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…”`;
}

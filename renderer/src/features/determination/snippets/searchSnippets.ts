import type { Snippet } from '../../../../../shared/domain';

const words = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** Snippets whose title or keywords hold every typed word (as a word start), title matches first. */
export function searchSnippets(snippets: readonly Snippet[], query: string, limit = 12): Snippet[] {
  const terms = words(query);
  if (terms.length === 0) return snippets.slice(0, limit);
  const scored: Array<{ snippet: Snippet; score: number }> = [];
  for (const snippet of snippets) {
    const title = words(snippet.title);
    const keywords = words(snippet.keywords);
    let score = 0;
    let all = true;
    for (const term of terms) {
      if (title.some((w) => w.startsWith(term))) score += 2;
      else if (keywords.some((w) => w.startsWith(term))) score += 1;
      else all = false;
    }
    if (all) scored.push({ snippet, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.snippet.title.localeCompare(b.snippet.title))
    .slice(0, limit)
    .map((s) => s.snippet);
}

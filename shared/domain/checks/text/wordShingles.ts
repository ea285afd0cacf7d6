/** Words of a text, lower-cased, punctuation and accents ignored, so copying survives re-formatting. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** Every run of `size` consecutive words. */
export function wordShingles(text: string, size: number): Set<string> {
  const words = wordsOf(text);
  const shingles = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) shingles.add(words.slice(i, i + size).join(' '));
  return shingles;
}

/** Edit distance (insertions, deletions, substitutions) between two sequences, in O(n) memory. */
export function editDistance<T>(a: readonly T[], b: readonly T[]): number {
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] as number;
}

/** Both texts with runs of white space made one space: line breaks and layout are not what OCR is judged on. */
const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface ErrorCounts {
  charErrors: number;
  chars: number;
  wordErrors: number;
  words: number;
}

/** Character and word errors of an OCR text against the ground truth. */
export function errorCounts(truth: string, read: string): ErrorCounts {
  const t = normal(truth);
  const r = normal(read);
  const tw = t ? t.split(' ') : [];
  const rw = r ? r.split(' ') : [];
  return {
    charErrors: editDistance([...t], [...r]),
    chars: t.length,
    wordErrors: editDistance(tw, rw),
    words: tw.length,
  };
}

export function sumCounts(counts: readonly ErrorCounts[]): ErrorCounts {
  return counts.reduce(
    (s, c) => ({
      charErrors: s.charErrors + c.charErrors,
      chars: s.chars + c.chars,
      wordErrors: s.wordErrors + c.wordErrors,
      words: s.words + c.words,
    }),
    { charErrors: 0, chars: 0, wordErrors: 0, words: 0 },
  );
}

export const cer = (c: ErrorCounts) => (100 * c.charErrors) / Math.max(1, c.chars);
export const wer = (c: ErrorCounts) => (100 * c.wordErrors) / Math.max(1, c.words);

const ABBREVIATIONS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'vs',
  'etc',
  'eg',
  'e.g',
  'ie',
  'i.e',
  'no',
  'nos',
  'fig',
  'approx',
  'ch',
  'chap',
  'pp',
  'pg',
  'st',
  'jr',
  'sr',
  'inc',
  'u.s',
  'a.m',
  'p.m',
  'al',
  'ref',
  'sec',
  'cf',
  'b.i.d',
  't.i.d',
  'q.i.d',
  'p.r.n',
  'p.o',
  'q.d',
  'h.s',
]);

/** Sentences of prose. Conservative: an abbreviation, an initial or a lower-case continuation never ends a sentence. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const block of text.split(/\n+/)) {
    let start = 0;
    const boundary = /[.!?]+["'”’)\]]*\s+(?=\S)/g;
    for (let m = boundary.exec(block); m !== null; m = boundary.exec(block)) {
      const end = m.index + m[0].length;
      const next = block.charAt(end);
      const lastWord = /([\p{L}.]+)\.*$/u.exec(block.slice(start, m.index + 1).replace(/[.!?]+$/, '.'))?.[1] ?? '';
      const bare = lastWord.replace(/\.$/, '').toLowerCase();
      const isInitial = bare.length === 1 && m[0].startsWith('.');
      if (ABBREVIATIONS.has(bare) || isInitial || /\p{Ll}/u.test(next)) continue;
      sentences.push(block.slice(start, end).trim());
      start = end;
    }
    const rest = block.slice(start).trim();
    if (rest.length > 0) sentences.push(rest);
  }
  return sentences;
}

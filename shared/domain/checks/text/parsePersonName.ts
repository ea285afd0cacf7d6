import { foldForMatching } from './foldForMatching';

export interface PersonName {
  /** Given names and initials, folded, in order. */
  readonly given: readonly string[];
  /** Surname words including particles ("de la cruz"), folded. */
  readonly surname: readonly string[];
}

const CREDENTIALS = new Set([
  'md',
  'do',
  'dc',
  'dpm',
  'dds',
  'dmd',
  'phd',
  'psyd',
  'mph',
  'ms',
  'msc',
  'ma',
  'mba',
  'rn',
  'np',
  'pa',
  'pa-c',
  'lac',
  'dacm',
  'qme',
  'facoem',
  'faapmr',
  'facp',
  'facs',
  'faaos',
  'faan',
  'fabpmr',
  'mrcp',
  'frcpc',
  'jr',
  'sr',
  'ii',
  'iii',
  'iv',
  'dr',
  'doctor',
  'prof',
  'professor',
]);
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'del',
  'della',
  'der',
  'den',
  'da',
  'di',
  'du',
  'la',
  'le',
  'st',
  'dos',
  'das',
  'ter',
  'ten',
  'bin',
  'al',
  'el',
]);

function wordsOf(part: string): string[] {
  return (part.match(/[\p{L}][\p{L}'’.-]*/gu) ?? [])
    .map((w) => w.replace(/’/g, "'").replace(/\.+$/, ''))
    .filter((w) => w.length > 0 && !CREDENTIALS.has(w.replace(/\./g, '')));
}

/** "Dana Whitfield, MD", "Whitfield, Dana M." and "Dr. Ana de la Cruz" all give given names and a surname. */
export function parsePersonName(name: string): PersonName {
  const parts = foldForMatching(name).split(',').map(wordsOf);
  const first = parts[0] ?? [];
  const rest = parts.slice(1).flat();
  if (first.length > 0 && rest.length > 0) return { given: rest, surname: first };
  const words = [...first, ...rest];
  if (words.length === 0) return { given: [], surname: [] };
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1] ?? '')) start--;
  return { given: words.slice(0, start), surname: words.slice(start) };
}

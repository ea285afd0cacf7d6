import type { SeededRandom } from '../../shared/random';

const CONFUSIONS: [string, string[]][] = [
  ['m', ['rn', 'nn']],
  ['rn', ['m']],
  ['l', ['1', 'I', '|']],
  ['I', ['l', '1']],
  ['i', ['l', '1']],
  ['O', ['0', 'Q']],
  ['o', ['0', 'c']],
  ['0', ['O', 'o']],
  ['1', ['l', 'I']],
  ['e', ['c', 'o']],
  ['c', ['e']],
  ['S', ['5', '$']],
  ['5', ['S']],
  ['B', ['8']],
  ['8', ['B', '3']],
  ['h', ['b', 'li']],
  ['n', ['ri', 'h']],
  ['u', ['v', 'ii']],
  ['w', ['vv']],
  ['d', ['cl']],
  ['a', ['o', 'e']],
  [',', ['.']],
  ['.', [',', '']],
  ['t', ['f', 'l']],
  ['f', ['t']],
  ['g', ['q', '9']],
  ['6', ['b', 'G']],
];

/**
 * Text as OCR of a faxed scan reads it: confusable letters swapped (rn/m, l/1/I, O/0, e/c, S/5), characters
 * dropped or doubled, words split or run together, at `rate` errors per character (about 0.5 to 4 percent for a
 * clean to a poor fax).
 */
export function addOcrNoise(text: string, rate: number, rng: SeededRandom): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '\n' || !rng.chance(rate)) {
      out += ch;
      i++;
      continue;
    }
    const roll = rng.next();
    if (ch === ' ') {
      out += roll < 0.5 ? '' : '  ';
      i++;
      continue;
    }
    if (roll < 0.6) {
      const two = text.slice(i, i + 2);
      const pair = CONFUSIONS.find(([from]) => from === two) ?? CONFUSIONS.find(([from]) => from === ch);
      if (pair) {
        out += rng.pick(pair[1]);
        i += pair[0].length;
        continue;
      }
    }
    if (roll < 0.75) out += '';
    else if (roll < 0.85) out += ch + ch;
    else if (roll < 0.95) out += `${ch} `;
    else out += rng.pick(['.', "'", ',', '~']) + ch;
    i++;
  }
  return out;
}

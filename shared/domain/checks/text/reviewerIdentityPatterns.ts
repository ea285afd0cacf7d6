import type { ReviewerProfile } from '../..';
import { foldForMatching } from './foldForMatching';
import { parsePersonName } from './parsePersonName';

export interface IdentityPattern {
  /** What it finds, for the message: "your name", "your license number". */
  readonly what: string;
  /** Matches folded text (see foldForMatching). */
  readonly pattern: RegExp;
}

export interface ReviewerIdentityPatterns {
  /** Unmistakable identity: full name forms, email, license number. */
  readonly identifying: readonly IdentityPattern[];
  /** The surname on its own: may be an ordinary word, so it asks for confirmation. Null when too short or too common. */
  readonly surname: IdentityPattern | null;
}

/** Surnames that are also words a letter uses ("walker", "page", "hand"); alone they prove nothing. */
const COMMON_WORD_SURNAMES = new Set([
  'walker',
  'hand',
  'rest',
  'hall',
  'long',
  'short',
  'young',
  'brown',
  'white',
  'black',
  'green',
  'gray',
  'grey',
  'rice',
  'bone',
  'back',
  'foot',
  'head',
  'wolf',
  'price',
  'cook',
  'stone',
  'wells',
  'page',
  'case',
  'best',
  'bell',
  'ward',
  'field',
  'rose',
  'ball',
  'baker',
  'moody',
  'cross',
  'small',
  'little',
  'strong',
  'sharp',
  'lane',
  'hill',
  'wood',
  'woods',
  'king',
  'major',
  'mason',
  'care',
  'love',
  'hope',
  'faith',
  'frank',
  'grant',
  'chase',
  'gross',
  'bird',
  'lamb',
  'nurse',
  'fisher',
  'turner',
  'hunter',
  'reed',
  'post',
  'mark',
  'marks',
  'north',
  'south',
  'west',
  'east',
  'knight',
  'bishop',
  'church',
  'bond',
  'banks',
  'power',
  'powers',
  'free',
  'gold',
  'silver',
  'street',
  'rich',
  'noble',
  'good',
  'wise',
  'friend',
  'still',
  'gay',
  'joy',
  'june',
  'april',
  'summer',
  'winter',
  'spring',
  'march',
]);

const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;

function escape(word: string): string {
  return word
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/-/g, String.raw`[-\s]?`)
    .replace(/'/g, "['’]?");
}

function compile(what: string, source: string): IdentityPattern {
  return { what, pattern: new RegExp(`${B}(?:${source})${E}`, 'u') };
}

function build(profile: ReviewerProfile): ReviewerIdentityPatterns {
  const identifying: IdentityPattern[] = [];
  const { given, surname } = parsePersonName(profile.name);
  const last = surname.map(escape).join(String.raw`\s+`);
  const first = given[0] ?? '';
  if (last.length > 0) {
    const forms = [
      String.raw`(?:dr|doctor|prof|professor)\.?\s+(?:\p{L}\.?\s+)?${last}`,
      String.raw`${last}\s*,?\s*(?:m\.?\s?d|ph\.?\s?d|d\.?p\.?m|psy\.?\s?d)\.?`,
      String.raw`${last}\s*,\s*(?:d\.?o|d\.?c)\.?`,
    ];
    if (first.length > 1) {
      forms.push(
        String.raw`${escape(first)}(?:\s+[\p{L}.'’-]+){0,2}?\s+${last}`,
        String.raw`${last}\s*,\s*${escape(first)}`,
      );
    }
    if (first.length > 0) forms.push(String.raw`${escape(first.charAt(0))}\.\s*(?:\p{L}\.\s*)?${last}`);
    identifying.push(compile('your name', forms.join('|')));
  }
  const email = foldForMatching(profile.email.trim());
  if (/^[^@\s]+@[^@\s]+$/.test(email))
    identifying.push({ what: 'your email address', pattern: new RegExp(escapeLiteral(email), 'u') });
  const license = foldForMatching(profile.licenseNumber).replace(/[^\p{L}\p{N}]/gu, '');
  // Shorter license strings collide with ordinary numbers in the records.
  if (license.length >= 5)
    identifying.push(compile('your license number', [...license].map(escapeLiteral).join(String.raw`[\s.-]?`)));
  const joinedSurname = surname.join(' ');
  const surnameAlone =
    joinedSurname.length >= 4 && !COMMON_WORD_SURNAMES.has(joinedSurname) ? compile('your surname', last) : null;
  return { identifying, surname: surnameAlone };
}

function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

let memo: { key: string; patterns: ReviewerIdentityPatterns } | null = null;

/** Compiled once per profile and reused across live re-runs. */
export function reviewerIdentityPatterns(profile: ReviewerProfile): ReviewerIdentityPatterns {
  const key = [profile.name, profile.email, profile.licenseNumber].join('\u0000');
  if (memo === null || memo.key !== key) memo = { key, patterns: build(profile) };
  return memo.patterns;
}

import { createLineCache } from './createLineCache';

export interface FieldGuess {
  value: string;
  /** 0..1 */
  confidence: number;
}

const CREDENTIAL =
  'M\\.?D\\.?|D\\.?O\\.?|D\\.?C\\.?|D\\.?P\\.?T\\.?|P\\.?T\\.?|L\\.?Ac\\.?|PA-C|P\\.?A\\.?|N\\.?P\\.?|F\\.?N\\.?P\\.?|Ph\\.?D\\.?|Psy\\.?D\\.?|O\\.?T\\.?R?\\.?|R\\.?N\\.?|DPM|D\\.?D\\.?S\\.?|Pharm\\.?D\\.?|R\\.?Ph\\.?|MBBS|FACS|FAAOS';
const NAME = "(?:Dr\\.? )?[A-Z][A-Za-z'’-]+(?: [A-Z]\\.)?(?: [A-Z][A-Za-z'’-]+){1,2}";
const NAME_WITH_CREDENTIAL = new RegExp(`(${NAME}),? (?:(?:${CREDENTIAL})(?:,? ?(?:${CREDENTIAL}))*)(?![A-Za-z])`);
const NAME_AT_START = new RegExp(`^${NAME}`);
const CREDENTIAL_ONLY = new RegExp(`,? (?:(?:${CREDENTIAL})(?:,? ?(?:${CREDENTIAL}))*)$`);

/** Cheap tests that let most lines skip the name patterns below. */
const LABEL_WORD =
  /\bby\b|provider|physician|doctor|attending|surgeon|radiologist|therapist|examiner|evaluator|consultant|practitioner/i;
const CREDENTIAL_WORD = new RegExp(`[ ,](?:${CREDENTIAL})(?![A-Za-z])`);

/** Labels after which a provider's name follows; the more clinical, the more certain. */
const LABELLED: [RegExp, number][] = [
  [
    /\b(?:electronically signed|signed|dictated|authenticated|reviewed and signed|interpreted|read|performed|reported|examined|evaluated|treated|seen) by:?\s+(.{3,80})/i,
    0.9,
  ],
  [
    /\b(?:provider|physician|treating (?:physician|doctor)|attending(?: physician)?|surgeon|radiologist|therapist|examiner|evaluator|reviewing physician|requesting physician|consultant|interpreting physician|rendering provider|practitioner)\s*:\s*(.{3,80})/i,
    0.85,
  ],
];

/**
 * Who wrote or performed an encounter: a labelled name (signed by, provider:, physician:) first, then a name with
 * a clinical credential in the opening or closing lines. Returns an empty guess when nothing names a person.
 */
export function findProvider(
  opening: readonly string[],
  closing: readonly string[],
  all: readonly string[],
): FieldGuess {
  for (const lines of [closing, opening, all]) {
    for (const line of lines) {
      const labelled = labelledOn(line);
      if (labelled) return labelled;
    }
  }
  for (const [lines, confidence] of [
    [opening, 0.75],
    [closing, 0.75],
    [all, 0.55],
  ] as const) {
    for (const line of lines) {
      const name = credentialedOn(line);
      if (name) return { value: name, confidence };
    }
  }
  return { value: '', confidence: 0 };
}

// A record repeats its signature blocks and letterheads: each line is read for a name once per analysis.
const labelledOn = createLineCache(labelledName);
const credentialedOn = createLineCache(credentialedName);

/** The name after a label on this line (signed by, provider:), with the label's certainty; null when none. */
function labelledName(line: string): FieldGuess | null {
  if (!LABEL_WORD.test(line)) return null;
  for (const [pattern, confidence] of LABELLED) {
    const raw = pattern.exec(line)?.[1];
    const name = raw ? cleanName(raw) : null;
    if (name) return { value: name, confidence };
  }
  return null;
}

/** A name with a clinical credential on this line, unless the line names it as the patient's; null when none. */
function credentialedName(line: string): string | null {
  if (!CREDENTIAL_WORD.test(line)) return null;
  const match = NAME_WITH_CREDENTIAL.exec(line);
  if (match?.[0] && !/\b(?:patient|claimant|employee|applicant)\b/i.test(line.slice(0, match.index)))
    return normalizeProvider(match[0]);
  return null;
}

function cleanName(raw: string): string | null {
  const cut = raw.split(/\s+(?:on|at|date|dated)\b|[;|]|\s{2,}|\s-\s|(?<=[a-z])\.\s/i)[0]?.trim() ?? '';
  const withCredential = NAME_WITH_CREDENTIAL.exec(cut);
  if (withCredential?.[0]) return normalizeProvider(withCredential[0]);
  const plain = NAME_AT_START.exec(cut)?.[0];
  if (!plain || /\b(?:the|patient|claimant|me|myself|this|who|which)\b/i.test(plain)) return null;
  return normalizeProvider(plain);
}

/** One spelling per provider: no "Dr." when a credential follows, single spaces, credentials as written. */
export function normalizeProvider(name: string): string {
  const spaced = name
    .replace(/\s+/g, ' ')
    .replace(/[,;:]+$|(?<=(?:^|\s)[^\s.]+)\.$/, '')
    .trim();
  return CREDENTIAL_ONLY.test(spaced) ? spaced.replace(/^Dr\.? /, '') : spaced;
}

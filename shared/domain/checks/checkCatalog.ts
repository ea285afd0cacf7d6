/** 'error' blocks signing; 'warning' blocks it until the reviewer acknowledges it. */
export type CheckSeverity = 'error' | 'warning';

export interface CheckCatalogEntry {
  readonly code: string;
  readonly severity: CheckSeverity;
  readonly description: string;
}

/** Every pre-sign check, for the help panel. The severity here is the only place a code's severity is set. */
export const CHECK_CATALOG = [
  { code: 'ITEM_UNDECIDED', severity: 'error', description: 'Every disputed item is decided: Upheld or Overturned.' },
  { code: 'ITEM_RATIONALE_EMPTY', severity: 'error', description: 'Every disputed item has a written rationale.' },
  {
    code: 'ITEM_CITATION_MISSING',
    severity: 'error',
    description:
      'Every item cites at least one guideline from the catalog (its cited-guideline list or a chip in the text).',
  },
  {
    code: 'DECISION_CONCLUSION_MISMATCH',
    severity: 'error',
    description:
      'The closing sentence agrees with the decision: Upheld ends "not medically necessary", Overturned ends "medically necessary".',
  },
  {
    code: 'CONCLUSION_MISSING',
    severity: 'warning',
    description: 'The rationale ends with a conclusion stating whether the request is medically necessary.',
  },
  {
    code: 'CONCLUSION_AMBIGUOUS',
    severity: 'warning',
    description: 'The closing sentence states one conclusion, not both.',
  },
  {
    code: 'MTUS_NOT_CITED',
    severity: 'warning',
    description:
      'When only non-MTUS sources are cited although the MTUS covers the body part, the rationale names the reason: the MTUS is silent on the treatment, or a 9792.25.1 evidence evaluation that says what evidence and why.',
  },
  {
    code: 'CITATION_NOT_IN_FORCE',
    severity: 'warning',
    description: 'Every cited guideline was in force on the UR decision date.',
  },
  { code: 'SUMMARY_EMPTY', severity: 'error', description: 'The letter has a clinical case summary.' },
  {
    code: 'SUMMARY_TOO_SHORT',
    severity: 'error',
    description: 'The clinical case summary is long enough to describe the condition, history and treatment.',
  },
  {
    code: 'SUMMARY_COPIED_FROM_UR',
    severity: 'error',
    description: 'The clinical case summary is not a copy of the UR letter (8 CCR 9792.10.6(b)(2)).',
  },
  {
    code: 'SUMMARY_LARGELY_FROM_UR',
    severity: 'warning',
    description: 'Most of the clinical case summary is not UR letter text.',
  },
  {
    code: 'DOCUMENT_NOT_REVIEWED',
    severity: 'error',
    description: 'Every document in the case file is marked reviewed.',
  },
  {
    code: 'DOCUMENT_UNAVAILABLE',
    severity: 'error',
    description:
      'Every document marked reviewed has its file here and readable: a record that never downloaded cannot have been read.',
  },
  {
    code: 'REVIEWER_IDENTITY_IN_LETTER',
    severity: 'error',
    description: "The reviewer's name, email or license number appears nowhere in the letter (Lab. Code 4610.6(f)).",
  },
  {
    code: 'REVIEWER_SURNAME_IN_LETTER',
    severity: 'warning',
    description:
      "A word matching the reviewer's surname appears in the letter; confirm it does not identify the reviewer.",
  },
  {
    code: 'REVIEWER_IDENTITY_IN_PDF_METADATA',
    severity: 'error',
    description: "The letter PDF's properties carry no reviewer name, email or license number.",
  },
  {
    code: 'PLACEHOLDER_TEXT',
    severity: 'error',
    description:
      'No placeholder text is left in the letter: unfilled snippet fields, bracketed field names ([Patient name], <date>, {{dose}}), TODO, TBD, XX/XX/XXXX, ___, ???, lorem ipsum.',
  },
  {
    code: 'PROFILE_DEMO_VALUES',
    severity: 'error',
    description: "The reviewer profile is the reviewer's own, not the demo reviewer's, before signing.",
  },
  {
    code: 'PROFILE_INCOMPLETE',
    severity: 'error',
    description:
      'The reviewer profile has a reviewer ID, name, email, license number, board certification and specialty.',
  },
] as const satisfies readonly CheckCatalogEntry[];

export type CheckCode = (typeof CHECK_CATALOG)[number]['code'];

const severityByCode: ReadonlyMap<string, CheckSeverity> = new Map(CHECK_CATALOG.map((e) => [e.code, e.severity]));

export function severityOf(code: CheckCode): CheckSeverity {
  return severityByCode.get(code) ?? 'error';
}

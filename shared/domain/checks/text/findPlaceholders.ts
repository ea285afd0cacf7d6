/** Words that name a field to fill in: "[patient name]", "<date of MRI>", "{{DOSE}}". */
const FIELD_WORDS =
  /\b(?:name|names|date|dates|dob|doi|insert|enter|fill|add|specify|describe|describing|drug|medication|dose|dosage|frequency|number|no\.|quantity|qty|reason|reasons|finding|findings|provider|physician|doctor|treatment|item|body ?part|diagnosis|dx|age|sex|gender|duration|level|levels|side|laterality|mechanism|injury|here|text|field|value|placeholder|tbd|todo|citation|guideline|page|pages|score|vas|visits|sessions|result|results|summary|rationale|conclusion|decision|request|requested|claimant|patient|employee|applicant|case|x+|n)\b/i;

/** Editorial brackets of real text: "[sic]", "[1]", "[...]", "[emphasis added]", "[DWC]", "[the patient]" in a quote. */
const EDITORIAL = /^(?:sic|\d+(?:[,–-]\d+)*|\.\.\.|…|emphasis (?:added|mine|original)|citation omitted|dwc|r|l|v)$/i;
const ACRONYM = /^[A-Z]{2,6}$/;

const PLACEHOLDERS: readonly RegExp[] = [
  // Lower-case "todo" only with a colon: Spanish "todo" appears in quoted patient statements.
  /(?<![\p{L}\p{N}])(?:TODO|FIXME|TBD|TBA|TKTK|PLACEHOLDER)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:[Tt]odo|[Ff]ixme|[Tt]bd)\s*:/gu,
  /(?<![\p{L}\p{N}])(?:tbd|tba)(?![\p{L}\p{N}])/gu,
  /(?<![\p{L}\p{N}])X{2,4}(?![\p{L}\p{N}])/giu,
  /(?<![\p{L}\p{N}])(?:[Xx#]{1,4}\/){1,2}[Xx#]{2,4}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])_{1,4}\/_{1,4}(?:\/_{1,4})?/gu,
  /\[\[|\]\]/g,
  /\{\{[^{}\n]{0,60}\}\}|\{\{|\}\}/g,
  /<<[^<>\n]{0,60}>>|«[^«»\n]{0,60}»/g,
  /\?{3,}/g,
  /_{3,}/g,
  /\*{3,}/g,
  /[<[({]\s*(?:insert|enter|fill in|specify)\b[^\])}>\n]{0,60}[\])}>]?/gi,
  /\blorem\s+ipsum\b/gi,
  /\$\{[^}\n]{0,40}\}|%[A-Z_]{3,}%/g,
];

/** "[Patient Name]", "[DATE OF MRI]", "[drug_name]", "<body part>", "{reason}": a bracketed field name left unfilled. */
const BRACKETED = /\[([^[\]\n]{1,60})\]|<([A-Za-z][^<>\n]{0,59})>|\{([^{}\n]{1,60})\}/g;

function isFieldName(inner: string): boolean {
  const text = inner.trim();
  if (text === '' || EDITORIAL.test(text)) return false;
  // "[she]", "[the patient]": words a quotation supplies, not a field to fill.
  if (
    /^(?:the|a|an|his|her|their|she|he|they|it|this|that)\b/i.test(text) &&
    !/\b(?:name|date|insert|enter)\b/i.test(text)
  )
    return false;
  if (/^[\p{L}\s]*_[\p{L}_\s]*$/u.test(text) && /\p{L}/u.test(text)) return true;
  if (/^[a-z]+(?:[A-Z][a-z]+)+$/.test(text)) return true;
  if (ACRONYM.test(text)) return /^(?:DATE|NAME|DOSE|DRUG|ITEM|AGE|SEX|DOB|DOI|TBD|TODO)$/.test(text);
  const words = text.split(/\s+/);
  if (words.length > 6) return false;
  if (/^[A-Z][A-Z\s/#'-]+$/.test(text) && words.length >= 2) return true;
  return FIELD_WORDS.test(text) && !/[.;!?]$/.test(text) && !/\d{2,}/.test(text);
}

/** Placeholder markers left in text, each once, as written. */
export function findPlaceholders(text: string): string[] {
  const found = new Set<string>();
  for (const pattern of PLACEHOLDERS) for (const m of text.matchAll(pattern)) found.add(m[0]);
  for (const m of text.matchAll(BRACKETED)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? '';
    if (isFieldName(inner)) found.add(m[0]);
  }
  return [...found];
}

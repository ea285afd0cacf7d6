import type { DocumentType } from '../../../shared/domain';

export interface InferredMeta {
  title: string;
  docType: DocumentType;
  provider: string;
  serviceDate: string | null;
}

const TYPE_RULES: [RegExp, DocumentType][] = [
  [/utilization review|\bUR (?:decision|determination|denial)|non-?certif/i, 'ur_denial'],
  [/independent medical review|\bIMR application/i, 'imr_application'],
  [/\b(?:MRI|CT scan|x-?rays?|radiograph\w*|ultrasound|sonogram|imaging)\b|specialty:\s*radiology/i, 'imaging_report'],
  [/operative report|procedure note|\bprocedure:|specialty:\s*surgery/i, 'procedure_note'],
  [/consultation|\bconsult\b/i, 'consultation'],
  [/progress note|\bPR-?2\b|follow-?up visit|\bsubjective:/i, 'progress_note'],
  [/^\s*dear\b|\bcorrespondence\b|\bletter\b/im, 'correspondence'],
];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A first guess at what an imported file is, from its name and first page; the reviewer can correct it. */
export function inferDocumentMeta(fileName: string, firstPageText: string): InferredMeta {
  const title =
    fileName
      .replace(/\.[a-z0-9]{1,5}$/i, '')
      .replace(/[_]+/g, ' ')
      .trim()
      .slice(0, 300) || 'Untitled record';
  const head = firstPageText.slice(0, 4000);
  const docType = TYPE_RULES.find(([pattern]) => pattern.test(title) || pattern.test(head))?.[1] ?? 'other';
  const provider =
    /(?:provider|physician|attending|signed by|dictated by|treating doctor)\s*:\s*([^\n]{3,80})/i
      .exec(head)?.[1]
      ?.trim() ?? '';
  return { title, docType, provider: provider.slice(0, 200), serviceDate: findServiceDate(head) };
}

function findServiceDate(text: string): string | null {
  const labelled = /(?:date of (?:service|exam|visit|procedure|report)|\bDOS)\s*:?\s*([^\n]{6,30})/i.exec(text)?.[1];
  return (labelled ? parseDate(labelled) : null) ?? parseDate(text);
}

function parseDate(text: string): string | null {
  const us = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(text);
  if (us) return valid(Number(us[3]), Number(us[1]), Number(us[2]));
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const long = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/i.exec(text);
  if (long?.[1]) return valid(Number(long[3]), MONTHS.indexOf(long[1].toLowerCase()) + 1, Number(long[2]));
  return null;
}

function valid(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1950 || year > 2100 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

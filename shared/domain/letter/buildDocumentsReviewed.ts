import type { DocumentMeta, DocumentType } from '..';
import { documentTypeNoun } from './documentTypeNoun';
import { formatLetterDate } from './formatLetterDate';

/** One line of the letter's "DOCUMENTS REVIEWED": a provider's documents of one type. */
export interface DocumentsReviewedLine {
  /** As first spelled in the file; empty when no document states it. */
  provider: string;
  docType: DocumentType;
  firstServiceDate: string | null;
  lastServiceDate: string | null;
  undatedCount: number;
  documentCount: number;
  pageCount: number;
  documentIds: string[];
  text: string;
}

/** One encounter found inside a document (a compilation holds many), as the list counts it. */
export interface DocumentEncounter {
  documentId: string;
  docType: DocumentType;
  provider: string;
  serviceDate: string | null;
  pageCount: number;
}

/**
 * Documents grouped by provider and type with date-of-service ranges and page counts
 * (a list by provider and date range suffices: Hacker v. County of San Bernardino, WCAB 2015).
 * A document the analysis split into encounters (a compilation) is listed by its encounters, so it shows the real
 * dates on its pages; copies of an encounter are left out by the caller.
 * Groups run in order of their first date of service, undated groups last.
 */
export function buildDocumentsReviewed(
  documents: readonly DocumentMeta[],
  encounters: readonly DocumentEncounter[] = [],
): DocumentsReviewedLine[] {
  const byDocument = new Map<string, DocumentEncounter[]>();
  for (const e of encounters) byDocument.set(e.documentId, [...(byDocument.get(e.documentId) ?? []), e]);
  const entries = documents.flatMap((doc): DocumentMeta[] => {
    const found = byDocument.get(doc.id) ?? [];
    if (found.length === 0) return [doc];
    return found.map((e) => ({
      ...doc,
      docType: e.docType,
      provider: e.provider,
      serviceDate: e.serviceDate,
      pageCount: e.pageCount,
    }));
  });
  const groups = new Map<string, DocumentMeta[]>();
  for (const doc of [...entries].sort(byServiceDate)) {
    const key = `${normalizeProvider(doc.provider).toLowerCase()}\u0000${doc.docType}`;
    const group = groups.get(key);
    if (group) group.push(doc);
    else groups.set(key, [doc]);
  }
  return [...groups.values()]
    .map(toLine)
    .sort(
      (a, b) =>
        (a.firstServiceDate ?? '9999-99-99').localeCompare(b.firstServiceDate ?? '9999-99-99') ||
        a.provider.localeCompare(b.provider) ||
        a.docType.localeCompare(b.docType),
    );
}

function toLine(group: DocumentMeta[]): DocumentsReviewedLine {
  const first = group[0] as DocumentMeta;
  const dates = group.flatMap((d) => (d.serviceDate === null ? [] : [d.serviceDate]));
  const provider = normalizeProvider(group.find((d) => normalizeProvider(d.provider) !== '')?.provider ?? '');
  const line: Omit<DocumentsReviewedLine, 'text'> = {
    provider,
    docType: first.docType,
    firstServiceDate: dates[0] ?? null,
    lastServiceDate: dates[dates.length - 1] ?? null,
    undatedCount: group.length - dates.length,
    documentCount: group.length,
    pageCount: group.reduce((sum, d) => sum + d.pageCount, 0),
    documentIds: [...new Set(group.map((d) => d.id))],
  };
  return { ...line, text: lineText(line) };
}

function lineText(line: Omit<DocumentsReviewedLine, 'text'>): string {
  const who = line.provider === '' ? 'Provider not stated' : line.provider;
  const counts = [plural(line.documentCount, 'document'), line.pageCount > 0 ? plural(line.pageCount, 'page') : null];
  return `${who}: ${documentTypeNoun(line.docType, line.documentCount)}, ${datesText(line)} (${counts.filter(Boolean).join(', ')})`;
}

function datesText(line: Omit<DocumentsReviewedLine, 'text'>): string {
  if (line.firstServiceDate === null || line.lastServiceDate === null) return 'date of service not stated';
  const range =
    line.firstServiceDate === line.lastServiceDate
      ? formatLetterDate(line.firstServiceDate)
      : `${formatLetterDate(line.firstServiceDate)} to ${formatLetterDate(line.lastServiceDate)}`;
  return line.undatedCount > 0 ? `${range} and ${line.undatedCount} undated` : range;
}

function byServiceDate(a: DocumentMeta, b: DocumentMeta): number {
  return (a.serviceDate ?? '9999-99-99').localeCompare(b.serviceDate ?? '9999-99-99') || a.title.localeCompare(b.title);
}

function normalizeProvider(provider: string): string {
  return provider.trim().replace(/\s+/g, ' ');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

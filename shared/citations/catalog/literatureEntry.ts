import { z } from 'zod';
import { catalogEntrySchema, type CatalogEntry } from '../citation';

const blankToUndefined = (value: unknown) =>
  value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value;

/** PubMed ids are digits only; "PMID: 16047211" is accepted and reduced to the digits. */
const pmidSchema = z
  .string()
  .trim()
  .transform((value) => value.replace(/^pmid:?\s*/i, ''))
  .pipe(z.string().regex(/^[1-9]\d{0,8}$/, 'A PMID is 1 to 9 digits, e.g. 16047211.'));

/** DOIs are "10.<registrant>/<suffix>"; a doi.org link or "doi:" prefix is accepted and stripped. */
const doiSchema = z
  .string()
  .trim()
  .transform((value) => value.replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, ''))
  .pipe(
    z
      .string()
      .max(200)
      .regex(/^10\.\d{4,9}\/\S+$/, 'A DOI looks like 10.1007/s00586-004-0803-4.'),
  );

/** A peer-reviewed article a reviewer adds to the catalog (the last tier of 8 CCR 9792.21.1). */
export const literatureInputSchema = z.object({
  authors: z.string().trim().min(1, 'Name at least the first author.').max(500),
  title: z.string().trim().min(1, 'The title is required.').max(300),
  journal: z.string().trim().min(1, 'The journal is required.').max(300),
  year: z
    .number()
    .int('The year is a whole number.')
    .min(1900)
    .refine((year) => year <= new Date().getFullYear() + 1, 'The year is in the future.'),
  pmid: z.preprocess(blankToUndefined, pmidSchema.optional()),
  doi: z.preprocess(blankToUndefined, doiSchema.optional()),
});

/** What the add-literature form sends; blank or null identifiers mean "none". */
export interface LiteratureInput {
  authors: string;
  title: string;
  journal: string;
  year: number;
  pmid?: string | null;
  doi?: string | null;
}

/** The reviewer's article as a catalog entry; throws the schema's error when the input is invalid. */
export function literatureToCatalogEntry(input: LiteratureInput, id: string): CatalogEntry {
  const article = literatureInputSchema.parse(input);
  return catalogEntrySchema.parse({
    id,
    family: 'literature',
    guideline: 'Peer-reviewed literature',
    chapterNo: null,
    chapterTitle: null,
    topic: article.title,
    pages: null,
    bodyParts: [],
    effectiveFrom: null,
    effectiveTo: null,
    regSection: null,
    verified: false,
    authors: article.authors,
    journal: article.journal,
    year: article.year,
    pmid: article.pmid ?? null,
    doi: article.doi ?? null,
  });
}

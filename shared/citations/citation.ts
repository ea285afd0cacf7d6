import { z } from 'zod';

/** Families follow the MTUS strength-of-evidence hierarchy (8 CCR 9792.21.1): MTUS, then ODG/ACOEM, then literature. */
export const citationFamilySchema = z.enum([
  'mtus_acoem_2004',
  'mtus_cpmtg',
  'mtus_postsurgical',
  'mtus_acupuncture',
  'mtus_opioids_2016',
  'mtus_acoem_2017',
  'mtus_formulary',
  'odg',
  'acoem_non_mtus',
  'literature',
]);
export type CitationFamily = z.infer<typeof citationFamilySchema>;

export const MTUS_FAMILIES: ReadonlySet<CitationFamily> = new Set([
  'mtus_acoem_2004',
  'mtus_cpmtg',
  'mtus_postsurgical',
  'mtus_acupuncture',
  'mtus_opioids_2016',
  'mtus_acoem_2017',
  'mtus_formulary',
]);

export function isMtusFamily(family: CitationFamily): boolean {
  return MTUS_FAMILIES.has(family);
}

export const catalogEntrySchema = z.object({
  id: z.string().min(1).max(120),
  family: citationFamilySchema,
  guideline: z.string().min(1).max(300),
  chapterNo: z.string().max(20).nullable(),
  chapterTitle: z.string().max(300).nullable(),
  topic: z.string().max(300).nullable(),
  pages: z.string().max(60).nullable(),
  bodyParts: z.array(z.string().max(60)).max(20),
  effectiveFrom: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  effectiveTo: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  regSection: z.string().max(40).nullable(),
  verified: z.boolean(),
  /** Literature only. */
  authors: z.string().max(500).nullable().optional(),
  journal: z.string().max(300).nullable().optional(),
  year: z.number().int().min(1900).max(2100).nullable().optional(),
  pmid: z.string().max(20).nullable().optional(),
  doi: z.string().max(200).nullable().optional(),
});
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;

/** What a citation chip stores: the catalog id plus a frozen snapshot, so an old letter never changes with the catalog. */
export const citationSnapshotSchema = z.object({
  catalogId: z.string().min(1).max(120),
  family: citationFamilySchema,
  label: z.string().min(1).max(1000),
  /** The short form a rationale may print inline ("ACOEM Ch. 8, pp. 179-180"); older chips derive it from the label. */
  shortLabel: z.string().min(1).max(300).optional(),
  mtus: z.boolean(),
  effectiveFrom: z.string().nullable(),
  effectiveTo: z.string().nullable(),
  bodyParts: z.array(z.string()),
});
export type CitationSnapshot = z.infer<typeof citationSnapshotSchema>;

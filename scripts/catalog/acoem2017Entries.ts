import type { CatalogEntry } from '../../shared/citations/citation';
import { acoemGuidelines, type AcoemGuideline, type AcoemVersion } from './acoemGuidelines';
import { catalogEntry } from './catalogEntry';
import { slugify } from './slugify';

export function acoemVersionTitle(guideline: AcoemGuideline, version: AcoemVersion): string {
  return `${guideline.name} Guideline${version.label ? ` (${version.label})` : ''}`;
}

export function acoemVersionKey(version: AcoemVersion): string {
  return version.date ?? (version.label ? slugify(version.label) : 'current');
}

/** MTUS from Dec 1 2017: each ACOEM guideline version in force by AD order, with its common topics (topics [R]). */
export function acoem2017Entries(): CatalogEntry[] {
  return acoemGuidelines.flatMap((guideline) =>
    guideline.versions.flatMap((version) => {
      const id = `mtus-acoem-${guideline.key}-${acoemVersionKey(version)}`;
      const base = {
        family: 'mtus_acoem_2017' as const,
        guideline: 'ACOEM Practice Guidelines',
        chapterTitle: acoemVersionTitle(guideline, version),
        bodyParts: [...guideline.bodyParts],
        effectiveFrom: version.mtusFrom,
        effectiveTo: version.mtusTo,
        regSection: guideline.reg,
      };
      return [
        catalogEntry({ ...base, id, verified: guideline.verified }),
        ...guideline.topics.map((topic) => catalogEntry({ ...base, id: `${id}-${slugify(topic)}`, topic })),
      ];
    }),
  );
}

import type { CatalogEntry } from '../../shared/citations/citation';
import { acoemVersionKey, acoemVersionTitle } from './acoem2017Entries';
import { acoemGuidelines } from './acoemGuidelines';
import { catalogEntry } from './catalogEntry';
import { MTUS_2009_TO, MTUS_2017_FROM } from './mtusEras';

/**
 * ACOEM guidelines cited outside the MTUS: each version published before Dec 1 2017 was "Non-MTUS" (9792.21.1(a)(2)(A))
 * until the MTUS incorporated it; the later COVID-19 and TBI guidance is [R].
 */
export function acoemNonMtusEntries(): CatalogEntry[] {
  const base = { family: 'acoem_non_mtus' as const, guideline: 'ACOEM Practice Guidelines' };
  const before2017 = acoemGuidelines.flatMap((guideline) =>
    guideline.versions
      .filter((version) => version.label !== null && (version.date === null || version.date < MTUS_2017_FROM))
      .map((version) =>
        catalogEntry({
          ...base,
          id: `acoem-non-mtus-${guideline.key}-${acoemVersionKey(version)}`,
          chapterTitle: acoemVersionTitle(guideline, version),
          bodyParts: [...guideline.bodyParts],
          effectiveFrom: version.date,
          effectiveTo: MTUS_2009_TO,
        }),
      ),
  );
  return [
    ...before2017,
    catalogEntry({
      ...base,
      id: 'acoem-non-mtus-covid-19',
      chapterTitle: 'Coronavirus (COVID-19) Guidance',
      bodyParts: ['lung'],
    }),
    catalogEntry({
      ...base,
      id: 'acoem-non-mtus-traumatic-brain-injury',
      chapterTitle: 'Traumatic Brain Injury Guideline',
      bodyParts: ['head'],
    }),
  ];
}

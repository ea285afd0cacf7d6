import type { CatalogEntry } from '../../shared/citations/citation';
import { catalogEntry } from './catalogEntry';
import { MTUS_2009_TO } from './mtusEras';

type Section = readonly [id: string, chapterNo: string | null, title: string];

/** MTUS Opioids Treatment Guidelines of July 28 2016, cited by section; domain reference 2.3.B(v), [V]. */
const sections: readonly Section[] = [
  ['part-1', null, 'Part 1: Executive Summary, Introduction, Recommendations'],
  ['part-2', null, 'Part 2: Supplementary Materials'],
  ['s1', '1', 'Acute pain (up to 4 weeks)'],
  ['s2', '2', 'Subacute pain (1-3 months)'],
  ['s3', '3', 'Chronic pain and chronic opioid treatment'],
  ['s3-1', '3.1', 'Comprehensive evaluation'],
  ['s3-2', '3.2', 'Alternatives'],
  ['s3-3', '3.3', 'Initiating and monitoring'],
];

export function opioids2016Entries(): CatalogEntry[] {
  const base = {
    family: 'mtus_opioids_2016' as const,
    guideline: 'Opioids Treatment Guidelines (2016)',
    effectiveFrom: '2016-07-28',
    effectiveTo: MTUS_2009_TO,
    regSection: '9792.24.4',
    verified: true,
  };
  return [
    catalogEntry({ ...base, id: 'mtus-opioids-2016' }),
    ...sections.map(([id, chapterNo, chapterTitle]) =>
      catalogEntry({ ...base, id: `mtus-opioids-2016-${id}`, chapterNo, chapterTitle }),
    ),
  ];
}

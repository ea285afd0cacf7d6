import type { CatalogEntry } from '../../shared/citations/citation';
import { catalogEntry } from './catalogEntry';
import { MTUS_2009_FROM } from './mtusEras';
import { slugify } from './slugify';

type Rule = readonly [topic: string, pages: string, bodyParts: readonly string[]];

/** Postsurgical Treatment Guidelines, retained after 2017; domain reference 2.3.B(iii), visit caps and pages [R]. */
const rules: readonly Rule[] = [
  ['General: postsurgical physical medicine period; initial course is half the visits', '10-12', []],
  ['After carpal tunnel release: 3-8 visits over 3-5 weeks', '15-16', ['wrist', 'hand']],
  ['After knee meniscectomy: 12 visits over 12 weeks', '24-25', ['knee']],
  ['After knee anterior cruciate ligament (ACL) repair: 24 visits over 16 weeks', '24-25', ['knee']],
  ['After knee arthroplasty: 24 visits over 10 weeks', '24-25', ['knee']],
  ['After lumbar discectomy/laminectomy: 16 visits over 8 weeks', '25-26', ['low back']],
  ['After lumbar fusion: 34 visits over 16 weeks', '25-26', ['low back']],
  ['After shoulder rotator cuff repair/impingement syndrome: 24 visits over 14 weeks', '26-27', ['shoulder']],
];

export function postsurgicalEntries(): CatalogEntry[] {
  const base = {
    family: 'mtus_postsurgical' as const,
    guideline: 'Postsurgical Treatment Guidelines',
    effectiveFrom: MTUS_2009_FROM,
    effectiveTo: null,
    regSection: '9792.24.3',
  };
  return [
    catalogEntry({ ...base, id: 'mtus-postsurgical', verified: true }),
    ...rules.map(([topic, pages, bodyParts]) =>
      catalogEntry({
        ...base,
        id: `mtus-postsurgical-${slugify((topic.split(':')[0] ?? topic).replace(/^After /, ''))}`,
        topic,
        pages,
        bodyParts: [...bodyParts],
        // The printed string "MTUS Postsurgical Treatment Guidelines Page(s): 26-27" is the [V] example of 2.3.A.
        verified: pages === '26-27',
      }),
    ),
  ];
}

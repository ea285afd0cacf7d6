import type { CatalogEntry } from '../../shared/citations/citation';
import { catalogEntry } from './catalogEntry';
import { MTUS_2009_FROM } from './mtusEras';

/** Acupuncture Medical Treatment Guidelines (8 CCR 9792.24.1); domain reference 2.3.B(iv), the rule itself [R]. */
export function acupunctureEntries(): CatalogEntry[] {
  const base = {
    family: 'mtus_acupuncture' as const,
    guideline: 'Acupuncture Medical Treatment Guidelines',
    effectiveFrom: MTUS_2009_FROM,
    effectiveTo: null,
    regSection: '9792.24.1',
  };
  return [
    catalogEntry({ ...base, id: 'mtus-acupuncture', verified: true }),
    catalogEntry({
      ...base,
      id: 'mtus-acupuncture-frequency-duration',
      topic:
        'Frequency and duration: 3-6 treatments to produce functional improvement, 1-3 times a week, optimum 1-2 months',
    }),
    catalogEntry({
      ...base,
      id: 'mtus-acupuncture-extension',
      topic: 'Extension only with documented functional improvement',
    }),
    catalogEntry({
      ...base,
      id: 'mtus-acupuncture-low-back',
      topic: 'Supersedes the ACOEM acupuncture text for low back complaints',
      bodyParts: ['low back'],
      regSection: '9792.23.5',
      verified: true,
    }),
  ];
}

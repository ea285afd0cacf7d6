import type { CatalogEntry } from '../../shared/citations/citation';
import { catalogEntry } from './catalogEntry';
import { odgChapters } from './odgChapters';
import { slugify } from './slugify';

const ODG = 'Official Disability Guidelines (ODG)';
const INTEGRATED = `${ODG}, Integrated Treatment/ Disability Duration Guidelines`;

/**
 * ODG by chapter: the chapter, the older "Integrated Treatment/ Disability Duration Guidelines" chapter form that UR
 * letters still cite, and chapter × topic; ODG is never MTUS, so it has no effective dates.
 */
export function odgEntries(): CatalogEntry[] {
  return odgChapters.flatMap((chapter) => {
    const key = slugify(chapter.short);
    const base = { family: 'odg' as const, guideline: ODG, bodyParts: [...chapter.bodyParts] };
    const cited = chapter.appendix
      ? { chapterNo: chapter.appendix, chapterTitle: chapter.full }
      : { chapterTitle: chapter.short };
    return [
      catalogEntry({ ...base, ...cited, id: `odg-${key}`, verified: chapter.verified }),
      ...(chapter.appendix
        ? []
        : [catalogEntry({ ...base, id: `odg-itdg-${key}`, guideline: INTEGRATED, chapterTitle: chapter.full })]),
      ...chapter.topics.map((topic) =>
        catalogEntry({
          ...base,
          ...cited,
          id: `odg-${key}-${slugify(topic)}`,
          topic,
          // "…(ODG) Neck and Upper Back Chapter-MRI" is the [V] example string of domain reference 2.3.A.
          verified: chapter.short === 'Neck and Upper Back' && topic === 'MRI',
        }),
      ),
    ];
  });
}

import type { CatalogEntry } from '../citation';

const ODG = 'Official Disability Guidelines (ODG)';
const LITERATURE_PREFIX = 'Other Medical Treatment Guideline or Medical Evidence: Peer-reviewed literature';

/** The citation in the house wording of IMR letters (domain reference 2.3.A, sample letter). */
export function formatCitation(entry: CatalogEntry): string {
  switch (entry.family) {
    case 'mtus_acoem_2004':
      return join(`MTUS ACOEM Chapter ${entry.chapterNo ?? ''}`, entry.chapterTitle) + pages(entry);
    case 'mtus_cpmtg':
    case 'mtus_postsurgical':
    case 'mtus_acupuncture':
      return join(`MTUS ${entry.guideline}`, entry.family === 'mtus_postsurgical' ? null : entry.topic) + pages(entry);
    case 'mtus_opioids_2016':
      return [`MTUS ${entry.guideline}`, section(entry), entry.topic].filter(Boolean).join(', ') + pages(entry);
    case 'mtus_formulary':
      return [`MTUS ${entry.guideline}`, entry.topic].filter(Boolean).join(', ');
    case 'mtus_acoem_2017':
      return [`MTUS (ACOEM Practice Guidelines) ${acoemGuidelineName(entry)}`, entry.topic].filter(Boolean).join(', ');
    case 'acoem_non_mtus':
      return [`Non-MTUS Citation (ACOEM Practice Guidelines) ${acoemGuidelineName(entry)}`, entry.topic]
        .filter(Boolean)
        .join(', ');
    case 'odg':
      return odgCitation(entry);
    case 'literature':
      return `${LITERATURE_PREFIX} (${entry.topic ?? entry.guideline})`;
  }
}

function odgCitation(entry: CatalogEntry): string {
  if (entry.guideline !== ODG) {
    // The older "Integrated Treatment/ Disability Duration Guidelines" form separates its parts with commas.
    return ['Non-MTUS Citation ' + entry.guideline, entry.chapterTitle, entry.topic].filter(Boolean).join(', ');
  }
  const chapter = entry.chapterNo
    ? `${entry.chapterNo}: ${entry.chapterTitle ?? ''}`
    : `${entry.chapterTitle ?? ''} Chapter`;
  return `Non-MTUS Citation ${ODG} ${chapter}${entry.topic ? `-${entry.topic}` : ''}`;
}

/** "Low Back Disorders Guideline (Feb 13, 2020)" is cited as "Low Back Disorders guideline (2020)". */
function acoemGuidelineName(entry: CatalogEntry): string {
  const title = entry.chapterTitle ?? entry.guideline;
  const match = /^(.*) Guideline \([^)]*?(\d{4})\)$/.exec(title);
  return match ? `${match[1]} guideline (${match[2]})` : title;
}

function section(entry: CatalogEntry): string | null {
  if (!entry.chapterTitle) return null;
  return entry.chapterNo ? `Section ${entry.chapterNo} ${entry.chapterTitle}` : entry.chapterTitle;
}

function pages(entry: CatalogEntry): string {
  return entry.pages ? ` Page(s): ${entry.pages}` : '';
}

function join(...parts: ReadonlyArray<string | null>): string {
  return parts.filter(Boolean).join(' ');
}

import type { CatalogEntry, CitationSnapshot } from '../citation';

const PAGES = /\s*Page\(s\):\s*([\d\s,-]+)$/;

function pages(range: string | null): string {
  if (range === null || range.trim() === '') return '';
  return /[-,]/.test(range) ? `, pp. ${range.trim()}` : `, p. ${range.trim()}`;
}

/** The short form of a citation, for rationale text that names its source inline: "ACOEM Ch. 8, pp. 179-180". */
export function formatShortCitation(entry: CatalogEntry): string {
  switch (entry.family) {
    case 'mtus_acoem_2004':
      return entry.chapterNo ? `ACOEM Ch. ${entry.chapterNo}${pages(entry.pages)}` : `ACOEM${pages(entry.pages)}`;
    case 'mtus_cpmtg':
      return `Chronic Pain Guidelines${pages(entry.pages)}`;
    case 'mtus_postsurgical':
      return `Postsurgical Guidelines${pages(entry.pages)}`;
    case 'mtus_acupuncture':
      return `Acupuncture Guidelines${pages(entry.pages)}`;
    case 'mtus_opioids_2016':
      return `MTUS Opioids Guidelines${entry.chapterNo ? `, sec. ${entry.chapterNo}` : ''}${pages(entry.pages)}`;
    case 'mtus_formulary':
      return `MTUS Drug Formulary${entry.topic ? `, ${entry.topic}` : ''}`;
    case 'mtus_acoem_2017':
    case 'acoem_non_mtus': {
      const title = (entry.chapterTitle ?? entry.guideline).replace(/\s*Guideline\s*\(([^)]*?)(\d{4})\)$/, ' ($2)');
      return `ACOEM ${title}`;
    }
    case 'odg':
      return ['ODG', entry.chapterTitle, entry.topic].filter(Boolean).join(', ');
    case 'literature':
      return (
        [entry.authors?.split(/[,;]/)[0]?.trim(), entry.year].filter(Boolean).join(', ') ||
        (entry.topic ?? entry.guideline)
      );
  }
}

/** A chip's short form: stored with it, or (older chips) made from its full label. */
export function shortLabelOf(snapshot: CitationSnapshot): string {
  if (snapshot.shortLabel !== undefined) return snapshot.shortLabel;
  const label = snapshot.label;
  const acoem = /^MTUS ACOEM Chapter (\w+)\b.*?(?:Page\(s\):\s*([\d\s,-]+))?$/.exec(label);
  if (acoem) return `ACOEM Ch. ${acoem[1]}${pages(acoem[2] ?? null)}`;
  const odg = /^Non-MTUS Citation (?:Official Disability Guidelines \(ODG\)|ODG)\s*(.*)$/.exec(label);
  if (odg) return `ODG ${(odg[1] ?? '').replace(/ Chapter-?/, ', ').trim()}`.replace(/,\s*$/, '');
  const literature = /Peer-reviewed literature \((.*)\)$/.exec(label);
  if (literature) return literature[1] ?? label;
  const page = PAGES.exec(label);
  return label
    .replace(PAGES, page ? pages(page[1] ?? null) : '')
    .replace(/^Non-MTUS Citation\s+/, '')
    .replace(/^MTUS\s+/, '');
}

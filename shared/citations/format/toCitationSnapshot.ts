import { isMtusFamily, type CatalogEntry, type CitationSnapshot } from '../citation';
import { formatCitation } from './formatCitation';
import { formatShortCitation } from './formatShortCitation';

/** What a citation chip stores: the formatted string is frozen here so later catalog edits never change an old letter. */
export function toCitationSnapshot(entry: CatalogEntry): CitationSnapshot {
  return {
    catalogId: entry.id,
    family: entry.family,
    label: formatCitation(entry),
    shortLabel: formatShortCitation(entry),
    mtus: isMtusFamily(entry.family),
    effectiveFrom: entry.effectiveFrom,
    effectiveTo: entry.effectiveTo,
    bodyParts: [...entry.bodyParts],
  };
}

import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../../shared/citations/citation';
import { formatGuidelineLine } from '../../../shared/citations/format/formatGuidelineLine';
import { toCitationSnapshot } from '../../../shared/citations/format/toCitationSnapshot';
import { loadCatalog } from '../../../shared/citations/catalog/loadCatalog';
import { normalizeWhitespace, sampleGuidelineLines } from './sampleLetterExcerpt';

const catalog = new Map(loadCatalog().map((entry) => [entry.id, entry]));
const chips = (...ids: string[]) =>
  ids.map((id) => {
    const entry: CatalogEntry | undefined = catalog.get(id);
    if (!entry) throw new Error(`no catalog entry ${id}`);
    return toCitationSnapshot(entry);
  });

const [item1, item2] = sampleGuidelineLines();

describe('formatGuidelineLine', () => {
  it('finds both disputed items in the sample letter excerpt when it is parsed', () => {
    expect(sampleGuidelineLines()).toHaveLength(2);
  });

  it('reproduces the MRI Cervical reviewer line when given its ACOEM and ODG chips', () => {
    const line = formatGuidelineLine(chips('mtus-acoem-2004-ch8-p179-180', 'odg-neck-and-upper-back-mri'));
    expect(normalizeWhitespace(line)).toBe(item1?.reviewer);
  });

  it('reproduces the flexion/extension X-ray reviewer line, literature glued to the ODG chapter, when given its three chips', () => {
    const line = formatGuidelineLine(
      chips('mtus-acoem-2004-ch12-p303-304', 'odg-low-back', 'lit-pitkanen-2002-segmental-lumbar-instability'),
    );
    expect(normalizeWhitespace(line)).toBe(item2?.reviewer);
  });

  it('puts MTUS chips first when the reviewer cited a Non-MTUS source first', () => {
    const line = formatGuidelineLine(chips('odg-neck-and-upper-back-mri', 'mtus-acoem-2004-ch8-p179-180'));
    expect(normalizeWhitespace(line)).toBe(item1?.reviewer);
  });

  it('gives literature its own sentence when no Non-MTUS chip precedes it', () => {
    const line = formatGuidelineLine(
      chips('mtus-acoem-2004-ch12-p303-304', 'lit-pitkanen-2002-segmental-lumbar-instability'),
    );
    expect(line).toBe(
      'Decision based on MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304. Decision based on Other Medical Treatment ' +
        'Guideline or Medical Evidence: Peer-reviewed literature (Segmental Lumbar Spine Instability at Flexion-Extension ' +
        'Radiography can be Predicted by Conventional Radiography).',
    );
  });

  it('returns an empty line when there are no chips', () => {
    expect(formatGuidelineLine([])).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../../shared/citations/citation';
import { formatClaimsAdministratorLine } from '../../../shared/citations/format/formatClaimsAdministratorLine';
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

describe('formatClaimsAdministratorLine', () => {
  it('reproduces the MRI Cervical claims administrator line when the UR cited MTUS', () => {
    expect(normalizeWhitespace(formatClaimsAdministratorLine(chips('mtus-acoem-2004-ch8-p177-178')))).toBe(
      item1?.claimsAdministrator,
    );
  });

  it('says the UR did not rely on the MTUS when it cited only ODG', () => {
    const line = formatClaimsAdministratorLine(chips('odg-itdg-neck-and-upper-back'));
    expect(normalizeWhitespace(line)).toBe(item2?.claimsAdministrator);
  });

  it('says the UR cited no evidence when there are no chips', () => {
    expect(formatClaimsAdministratorLine([])).toBe(
      'The Claims Administrator did not cite any medical evidence for its decision.',
    );
  });
});

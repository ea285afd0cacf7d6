import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../shared/citations/catalog/loadCatalog';
import { toCitationSnapshot } from '../../../shared/citations/format/toCitationSnapshot';
import { openSampleCase, type SampleCase } from '../../support/sampleCase';

const catalog = loadCatalog();
const snap = (id: string) => {
  const entry = catalog.find((e) => e.id === id);
  if (!entry) throw new Error(id);
  return toCitationSnapshot(entry);
};

describe("an item's citation list", () => {
  let s: SampleCase;
  beforeAll(async () => {
    s = await openSampleCase();
  });
  afterAll(() => s.t.dispose());

  it('is saved in order, read back, and kept when only the rationale changes', async () => {
    const citations = [snap('odg-neck-and-upper-back-mri'), snap('mtus-acoem-2004-ch8-p179-180')];
    await s.t.call('determinations.saveItem', { caseId: s.caseId, itemId: s.mri.id, citations });
    await s.t.call('determinations.saveItem', {
      caseId: s.caseId,
      itemId: s.mri.id,
      rationale: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Prose only.' }] }] },
    });
    const draft = await s.t.call('determinations.get', { caseId: s.caseId });
    expect(draft.items.find((i) => i.itemId === s.mri.id)?.citations).toEqual(citations);
    expect(draft.items.find((i) => i.itemId === s.xray.id)?.citations).toEqual([]);
  });

  it("prints the item's guideline line from the list, MTUS first, with no citation text in the rationale", async () => {
    const checks = await s.t.call('checks.run', { caseId: s.caseId });
    expect(checks.findings.filter((f) => f.key === `ITEM_CITATION_MISSING@item:${s.mri.id}:citations`)).toEqual([]);
    expect(checks.findings.some((f) => f.key === `ITEM_CITATION_MISSING@item:${s.xray.id}:citations`)).toBe(true);
  });

  it('comes back with the rest of the draft when a version is restored', async () => {
    const { id: versionId } = await s.t.call('versions.snapshot', { caseId: s.caseId });
    await s.t.call('determinations.saveItem', { caseId: s.caseId, itemId: s.mri.id, citations: [] });
    await s.t.call('versions.restore', { caseId: s.caseId, versionId });
    const draft = await s.t.call('determinations.get', { caseId: s.caseId });
    expect(draft.items.find((i) => i.itemId === s.mri.id)?.citations?.map((c) => c.catalogId)).toEqual([
      'odg-neck-and-upper-back-mri',
      'mtus-acoem-2004-ch8-p179-180',
    ]);
  });

  it('is refused with a clear error when it holds something that is not a citation', async () => {
    await expect(
      s.t.call('determinations.saveItem', {
        caseId: s.caseId,
        itemId: s.mri.id,
        citations: [{ catalogId: 'x' } as never],
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('letter settings', () => {
  let s: SampleCase;
  beforeAll(async () => {
    s = await openSampleCase();
  });
  afterAll(() => s.t.dispose());

  it('default to the sample wording with chips printing nothing, and are saved per workspace', async () => {
    expect(await s.t.call('profile.letterSettings', {})).toEqual({
      reviewerGuidelineLabel: 'MAXIMUS guideline',
      organisationName: 'MAXIMUS Federal Services',
      inlineCitations: 'none',
    });
    const settings = {
      reviewerGuidelineLabel: 'MAXIMUS guideline',
      organisationName: 'MAXIMUS Federal Services',
      inlineCitations: 'short' as const,
    };
    expect(await s.t.call('profile.saveLetterSettings', { settings })).toEqual(settings);
    await s.t.restart();
    expect(await s.t.call('profile.letterSettings', {})).toEqual(settings);
  });
});

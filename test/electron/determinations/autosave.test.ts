import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { citationsOf } from '../../../shared/domain/determination';
import type { RichTextDoc } from '../../../shared/editor/richText';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';
import { CASE_ID, MRI_ITEM, XRAY_ITEM, seedCase } from './support/seedCase';

const chip = (catalogId: string, label: string, mtus: boolean) => ({
  type: 'citation',
  attrs: {
    catalogId,
    family: mtus ? 'mtus_acoem_2004' : 'odg',
    label,
    mtus,
    effectiveFrom: null,
    effectiveTo: null,
    bodyParts: ['neck'],
  },
});

const rationale: RichTextDoc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'California MTUS supports imaging with red flags ' },
        chip(
          'mtus-acoem-2004-ch8-p179-180',
          'MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 179-180',
          true,
        ),
        { type: 'text', text: ' and ' },
        chip(
          'odg-neck-mri',
          'Non-MTUS Citation Official Disability Guidelines (ODG) Neck and Upper Back Chapter-MRI',
          false,
        ),
        { type: 'quote', attrs: { text: 'mild left C6 radiculopathy', documentId: 'doc-1', page: 3 } },
      ],
    },
  ],
};

describe('determination autosave', () => {
  let t: TestWorkspace;

  beforeEach(async () => {
    t = await createTestWorkspace();
    seedCase(t.backend.ws.db);
  });
  afterEach(() => t.dispose());

  it('keeps the decision, the guideline and a rationale with chips and quotes when the back end restarts', async () => {
    await t.call('determinations.saveItem', { caseId: CASE_ID, itemId: MRI_ITEM, decision: 'upheld', rationale });
    await t.call('determinations.saveItem', {
      caseId: CASE_ID,
      itemId: XRAY_ITEM,
      caGuideline: 'Edited by the reviewer.',
    });
    await t.call('determinations.saveSummary', {
      caseId: CASE_ID,
      summary: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A 59-year-old female.' }] }],
      },
    });
    await t.restart();

    const draft = await t.call('determinations.get', { caseId: CASE_ID });
    const mri = draft.items.find((i) => i.itemId === MRI_ITEM);
    expect(mri?.decision).toBe('upheld');
    expect(mri?.rationale).toEqual(rationale);
    expect(citationsOf(mri?.rationale ?? rationale).map((c) => c.catalogId)).toEqual([
      'mtus-acoem-2004-ch8-p179-180',
      'odg-neck-mri',
    ]);
    expect(draft.items.find((i) => i.itemId === XRAY_ITEM)?.caGuideline).toBe('Edited by the reviewer.');
    expect(JSON.stringify(draft.summary)).toContain('A 59-year-old female.');
    expect(draft.revision).toBe(3);
  });

  it('pre-fills the claims administrator guideline from the UR denial when the item was never edited', async () => {
    const draft = await t.call('determinations.get', { caseId: CASE_ID });
    expect(draft.items.map((i) => i.caGuideline)).toEqual([
      'Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 177-178.',
      'The Claims Administrator did not base their decision on the MTUS.',
    ]);
  });

  it('reports a damaged draft instead of replacing it when a stored rationale is not a document', async () => {
    await t.call('determinations.saveItem', { caseId: CASE_ID, itemId: MRI_ITEM, rationale });
    t.backend.ws.db
      .prepare('update item_determinations set rationale_json = \'{"type":"paragraph"\' where item_id = ?')
      .run(MRI_ITEM);

    await expect(t.call('determinations.get', { caseId: CASE_ID })).rejects.toMatchObject({
      code: 'DRAFT_INVALID',
      message: expect.stringContaining('version history'),
    });
    const stored = t.backend.ws.db
      .prepare('select rationale_json from item_determinations where item_id = ?')
      .get(MRI_ITEM);
    expect(stored).toEqual({ rationale_json: '{"type":"paragraph"' });
  });
});

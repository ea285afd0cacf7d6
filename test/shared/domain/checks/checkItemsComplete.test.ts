import { describe, expect, it } from 'vitest';
import { checkItemsComplete } from '../../../../shared/domain/checks/rules/checkItemsComplete';
import {
  buildCheckContext,
  itemDetermination,
  MTUS_LOW_BACK,
  richDoc,
  snapshotOf,
  withItem,
} from './buildCheckContext';

describe('checkItemsComplete', () => {
  it('finds nothing when every item is decided, explained and cited', () => {
    expect(checkItemsComplete(buildCheckContext())).toEqual([]);
  });

  it('reports ITEM_UNDECIDED on the decision field when an item is undecided', () => {
    const ctx = withItem(
      buildCheckContext(),
      itemDetermination('item-mri', 'undecided', richDoc(['MRI is not indicated. ', snapshotOf(MTUS_LOW_BACK)])),
    );
    expect(checkItemsComplete(ctx)).toEqual([
      {
        key: 'ITEM_UNDECIDED@item:item-mri:decision',
        code: 'ITEM_UNDECIDED',
        severity: 'error',
        message: 'No decision yet for “Repeat MRI of the lumbar spine”. Choose Upheld or Overturned.',
        target: { kind: 'item', itemId: 'item-mri', field: 'decision' },
      },
    ]);
  });

  it('reports ITEM_RATIONALE_EMPTY when the rationale has only blank paragraphs or only citation chips', () => {
    const blank = withItem(
      buildCheckContext(),
      itemDetermination('item-pt', 'overturned', richDoc('', '   ', [snapshotOf(MTUS_LOW_BACK)])),
    );
    expect(checkItemsComplete(blank).map((f) => [f.code, f.target])).toEqual([
      ['ITEM_RATIONALE_EMPTY', { kind: 'item', itemId: 'item-pt', field: 'rationale' }],
    ]);
  });

  it('reports ITEM_CITATION_MISSING on the citations field when the rationale cites nothing', () => {
    const ctx = withItem(
      buildCheckContext(),
      itemDetermination(
        'item-pt',
        'overturned',
        richDoc('Therapy helped. Therefore, the request is medically necessary.'),
      ),
    );
    const [finding] = checkItemsComplete(ctx);
    expect(finding).toMatchObject({
      code: 'ITEM_CITATION_MISSING',
      severity: 'error',
      target: { kind: 'item', itemId: 'item-pt', field: 'citations' },
    });
    expect(finding?.message).toContain('Add at least one to its cited guidelines');
  });

  it('ignores a citation node whose attributes are not a valid snapshot', () => {
    const broken = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'See ' },
            { type: 'citation', attrs: { label: 'x' } },
          ],
        },
      ],
    };
    const ctx = withItem(buildCheckContext(), itemDetermination('item-pt', 'overturned', broken));
    expect(checkItemsComplete(ctx).map((f) => f.code)).toEqual(['ITEM_CITATION_MISSING']);
  });

  it('reports all three findings in item order when an item has no determination at all', () => {
    const base = buildCheckContext();
    const ctx = { ...base, items: [...base.items].reverse(), determination: { ...base.determination, items: [] } };
    expect(checkItemsComplete(ctx).map((f) => `${f.code}:${f.target.kind === 'item' ? f.target.itemId : ''}`)).toEqual([
      'ITEM_UNDECIDED:item-mri',
      'ITEM_RATIONALE_EMPTY:item-mri',
      'ITEM_CITATION_MISSING:item-mri',
      'ITEM_UNDECIDED:item-pt',
      'ITEM_RATIONALE_EMPTY:item-pt',
      'ITEM_CITATION_MISSING:item-pt',
    ]);
  });
});

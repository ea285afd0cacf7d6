import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';

describe('pane sizes per workspace', () => {
  let t: TestWorkspace;
  beforeEach(async () => {
    t = await createTestWorkspace();
  });
  afterEach(() => t.dispose());

  it('remembers the arrangement of the case screen across a restart, and only in this workspace', async () => {
    expect(await t.call('profile.paneLayouts', {})).toEqual({ layouts: {} });
    const layout = JSON.stringify({ records: 14, viewer: 46, determination: 40 });
    await t.call('profile.savePaneLayout', { id: 'case-panes', layout });
    await t.restart();
    expect(await t.call('profile.paneLayouts', {})).toEqual({ layouts: { 'case-panes': layout } });
    const other = await createTestWorkspace();
    try {
      expect(await other.call('profile.paneLayouts', {})).toEqual({ layouts: {} });
    } finally {
      other.dispose();
    }
  });
});

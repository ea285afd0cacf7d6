import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { richTextFromParagraphs } from '../../../shared/editor/richText';
import { fieldContent } from '../../../shared/editor/editorNodes';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';

const BODY = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Therefore, the request for ' },
        fieldContent('medication and quantity'),
        { type: 'text', text: ' is not medically necessary.' },
      ],
    },
  ],
};

describe('rationale snippets', () => {
  let t: TestWorkspace;
  beforeEach(async () => {
    t = await createTestWorkspace();
  });
  afterEach(() => t.dispose());

  it('saves, lists by title, edits and deletes a snippet, keeping its fields', async () => {
    const saved = await t.call('snippets.save', { title: 'Opioids: weaning', keywords: 'norco', body: BODY });
    await t.call('snippets.save', { title: 'MRI: no change', body: richTextFromParagraphs(['No change.']) });
    expect((await t.call('snippets.list', {})).snippets.map((s) => s.title)).toEqual([
      'MRI: no change',
      'Opioids: weaning',
    ]);
    const edited = await t.call('snippets.save', {
      id: saved.id,
      title: 'Opioids: taper',
      keywords: 'norco',
      body: BODY,
    });
    expect(edited).toMatchObject({ id: saved.id, title: 'Opioids: taper', createdAt: saved.createdAt, body: BODY });
    expect(await t.call('snippets.delete', { id: saved.id })).toEqual({ deleted: true });
    expect((await t.call('snippets.list', {})).snippets.map((s) => s.title)).toEqual(['MRI: no change']);
  });

  it('refuses a snippet without a title and an edit of one that is gone', async () => {
    await expect(t.call('snippets.save', { title: '  ', body: BODY })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(t.call('snippets.save', { id: 'snippet-gone', title: 'X', body: BODY })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('exports the library and imports it into another workspace once, skipping what is already there', async () => {
    await t.call('snippets.save', { title: 'Opioids: weaning', keywords: 'norco', body: BODY });
    const exported = await t.call('snippets.export', {});
    expect(exported).toMatchObject({ count: 1, fileName: 'imr-snippets-2026-11-24.json' });
    const other = await createTestWorkspace();
    try {
      expect(await other.call('snippets.import', { json: exported.json })).toEqual({ added: 1, skipped: 0 });
      expect(await other.call('snippets.import', { json: exported.json })).toEqual({ added: 0, skipped: 1 });
      const [copy] = (await other.call('snippets.list', {})).snippets;
      expect(copy).toMatchObject({ title: 'Opioids: weaning', keywords: 'norco', body: BODY });
    } finally {
      other.dispose();
    }
  });

  it('imports nothing and says why when the file is not a snippet export', async () => {
    await expect(t.call('snippets.import', { json: '{"format":"something else"}' })).rejects.toMatchObject({
      code: 'BAD_FILE',
    });
    await expect(t.call('snippets.import', { json: 'not json' })).rejects.toMatchObject({ code: 'BAD_FILE' });
    expect((await t.call('snippets.list', {})).snippets).toEqual([]);
  });

  it('ships a few snippets with fields and citations in the demo workspace', async () => {
    const demo = await createTestWorkspace({ seedDemo: true });
    try {
      const { snippets } = await demo.call('snippets.list', {});
      expect(snippets.length).toBeGreaterThanOrEqual(4);
      const text = JSON.stringify(snippets.map((s) => s.body));
      expect(text).toContain('"type":"field"');
      expect(text).toContain('"type":"citation"');
    } finally {
      demo.dispose();
    }
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatCitation } from '../../../shared/citations/format/formatCitation';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';

const article = {
  authors: 'Hammouri QM, Haims AH, Simpson AI, et al.',
  title:
    'Segmental Lumbar Spine Instability at Flexion-Extension Radiography can be Predicted by Conventional Radiography',
  journal: 'AJR Am J Roentgenol',
  year: 2007,
  pmid: 'PMID: 17579172',
  doi: '',
};

describe('local catalog', () => {
  let t: TestWorkspace;

  beforeEach(async () => {
    t = await createTestWorkspace();
  });
  afterEach(() => t.dispose());

  it('stores a reviewer-added article as a literature entry that survives a restart', async () => {
    const entry = await t.call('catalog.addLiterature', article);
    expect(entry).toMatchObject({ family: 'literature', topic: article.title, pmid: '17579172', doi: null });
    expect(formatCitation(entry)).toContain('Peer-reviewed literature (Segmental Lumbar Spine Instability');
    await t.restart();
    expect((await t.call('catalog.local', {})).entries).toEqual([entry]);
  });

  it('returns the stored article instead of a duplicate when the PMID is already there', async () => {
    const first = await t.call('catalog.addLiterature', article);
    const again = await t.call('catalog.addLiterature', { ...article, title: 'Retyped title', pmid: '17579172' });
    expect(again.id).toBe(first.id);
    expect((await t.call('catalog.local', {})).entries).toHaveLength(1);
  });

  it('explains what is missing when the article has no journal', async () => {
    await expect(t.call('catalog.addLiterature', { ...article, journal: '' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('journal'),
    });
  });

  it('removes an article when asked', async () => {
    const entry = await t.call('catalog.addLiterature', article);
    expect(await t.call('catalog.removeLiterature', { id: entry.id })).toEqual({ removed: true });
    expect((await t.call('catalog.local', {})).entries).toEqual([]);
  });

  it('lists recent picks most recent first without duplicates when the reviewer picks again', async () => {
    await t.call('catalog.recordPick', { catalogId: 'a' });
    await t.call('catalog.recordPick', { catalogId: 'b' });
    const { recentIds } = await t.call('catalog.recordPick', { catalogId: 'a' });
    expect(recentIds).toEqual(['a', 'b']);
    await t.restart();
    expect((await t.call('catalog.local', {})).recentIds).toEqual(['a', 'b']);
  });

  it('keeps only the fifty most recent picks', async () => {
    for (let i = 0; i < 60; i++) await t.call('catalog.recordPick', { catalogId: `id-${i}` });
    const { recentIds } = await t.call('catalog.local', {});
    expect(recentIds).toHaveLength(50);
    expect(recentIds[0]).toBe('id-59');
  });
});

// @vitest-environment jsdom
import type { Editor } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CitationSnapshot } from '../../../shared/citations/citation';
import { citationsOf } from '../../../shared/domain/determination';
import type { RichTextDoc } from '../../../shared/editor/richText';
import { createTestEditor, pressKey } from './createTestEditor';

const mri: CitationSnapshot = {
  catalogId: 'mtus-acoem-2004-ch8-p177-178',
  family: 'mtus_acoem_2004',
  label: 'MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 177-178',
  mtus: true,
  effectiveFrom: '2009-07-18',
  effectiveTo: '2017-11-30',
  bodyParts: ['neck'],
};
const odg: CitationSnapshot = {
  catalogId: 'odg-neck-and-upper-back-mri',
  family: 'odg',
  label: 'Non-MTUS Citation Official Disability Guidelines (ODG) Neck and Upper Back Chapter-MRI',
  mtus: false,
  effectiveFrom: null,
  effectiveTo: null,
  bodyParts: ['neck'],
};

const doc = (...inline: RichTextDoc[]): RichTextDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: inline }],
});
const text = (t: string): RichTextDoc => ({ type: 'text', text: t });
const chip = (c: CitationSnapshot): RichTextDoc => ({ type: 'citation', attrs: { ...c } });

describe('citation chip', () => {
  let editor: Editor;
  afterEach(() => editor.destroy());

  it('stores exactly the citation snapshot as its attrs when inserted', () => {
    editor = createTestEditor(doc(text('Supported by ')));
    editor.chain().focus('end').insertContent({ type: 'citation', attrs: mri }).run();
    const json = editor.getJSON() as RichTextDoc;
    expect(json.content?.[0]?.content?.[1]).toEqual({ type: 'citation', attrs: mri });
    expect(citationsOf(json)).toEqual([mri]);
  });

  it('renders as a plain non-editable span carrying the label when shown in the editor', () => {
    editor = createTestEditor(doc(text('See '), chip(mri), text(' and '), chip(odg)));
    const chips = [...editor.view.dom.querySelectorAll<HTMLElement>('span[data-type="citation"]')];
    expect(chips.map((c) => c.textContent)).toEqual([mri.label, odg.label]);
    expect(chips[0]?.getAttribute('contenteditable')).toBe('false');
    expect(chips[0]?.className).toContain('citation-mtus');
    expect(chips[1]?.className).toContain('citation-non-mtus');
    expect(editor.getText()).toBe(`See ${mri.label} and ${odg.label}`);
  });

  it('removes the whole chip and nothing else when Backspace is pressed right after it', () => {
    editor = createTestEditor(doc(text('See '), chip(mri), text(' here')));
    const after = 1 + 'See '.length + 1;
    editor.commands.setTextSelection(after);
    pressKey(editor, 'Backspace');
    expect(editor.getJSON()).toEqual(doc(text('See  here')));
  });

  it('removes the whole chip when Delete is pressed right before it', () => {
    editor = createTestEditor(doc(text('See '), chip(mri), text(' here')));
    editor.commands.setTextSelection(1 + 'See '.length);
    pressKey(editor, 'Delete');
    expect(citationsOf(editor.getJSON() as RichTextDoc)).toEqual([]);
    expect(editor.getText()).toBe('See  here');
  });

  it('comes back whole when the deletion is undone', () => {
    editor = createTestEditor(doc(text('See '), chip(mri)));
    editor.commands.setTextSelection(1 + 'See '.length + 1);
    pressKey(editor, 'Backspace');
    expect(citationsOf(editor.getJSON() as RichTextDoc)).toEqual([]);
    pressKey(editor, 'z', { ctrlKey: true });
    expect(citationsOf(editor.getJSON() as RichTextDoc)).toEqual([mri]);
  });

  it('keeps every snapshot field when copied as HTML and pasted back', () => {
    const source = createTestEditor(doc(text('A '), chip(mri), chip(odg)));
    const html = source.getHTML();
    source.destroy();
    editor = createTestEditor(html);
    expect(citationsOf(editor.getJSON() as RichTextDoc)).toEqual([mri, odg]);
  });
});

describe('quote', () => {
  let editor: Editor;
  afterEach(() => editor.destroy());
  const quote = { text: 'mild left C6 radiculopathy', documentId: 'doc-7', page: 3 };

  it('renders the quoted words in quotation marks with a page badge when inserted', () => {
    editor = createTestEditor(doc(text('The EMG showed ')));
    editor.chain().focus('end').insertContent({ type: 'quote', attrs: quote }).run();
    const el = editor.view.dom.querySelector<HTMLElement>('span[data-type="quote"]');
    expect(el?.querySelector('.quote-text')?.textContent).toBe('“mild left C6 radiculopathy”');
    expect(el?.querySelector('.quote-page')?.textContent).toBe('p. 3');
    expect((editor.getJSON() as RichTextDoc).content?.[0]?.content?.[1]).toEqual({ type: 'quote', attrs: quote });
  });

  it('asks to open the record at its page when Enter is pressed on a selected quote', () => {
    const onOpenQuote = vi.fn();
    editor = createTestEditor(doc(text('EMG: '), { type: 'quote', attrs: quote }), { onOpenQuote });
    editor.view.dispatch(editor.state.tr.setSelection(NodeSelection.create(editor.state.doc, 1 + 'EMG: '.length)));
    pressKey(editor, 'Enter');
    expect(onOpenQuote).toHaveBeenCalledWith(quote);
    expect(editor.getText()).toBe('EMG: “mild left C6 radiculopathy”');
  });

  it('is removed as a unit by Backspace right after it', () => {
    editor = createTestEditor(doc(text('EMG: '), { type: 'quote', attrs: quote }));
    editor.commands.setTextSelection(1 + 'EMG: '.length + 1);
    pressKey(editor, 'Backspace');
    expect(editor.getJSON()).toEqual(doc(text('EMG: ')));
  });
});

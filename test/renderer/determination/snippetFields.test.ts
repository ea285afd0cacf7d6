// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { citationsOf } from '../../../shared/domain/determination';
import type { Snippet } from '../../../shared/domain/snippet';
import { fieldContent } from '../../../shared/editor/editorNodes';
import type { RichTextDoc } from '../../../shared/editor/richText';
import type {} from '../../../renderer/src/features/determination/editor/field/FieldNode';
import { insertSnippet } from '../../../renderer/src/features/determination/editor/snippetPicker/SnippetPickerExtension';
import { searchSnippets } from '../../../renderer/src/features/determination/snippets/searchSnippets';
import { createTestEditor, pressKey } from './createTestEditor';

const CHIP = {
  catalogId: 'mtus-cpmtg-opioids-on-going-management',
  family: 'mtus_cpmtg',
  label: 'MTUS Chronic Pain Medical Treatment Guidelines Opioids, on-going management Page(s): 78',
  mtus: true,
  effectiveFrom: null,
  effectiveTo: null,
  bodyParts: [],
};

function snippet(title: string, keywords: string, body: RichTextDoc): Snippet {
  return { id: title, title, keywords, body, createdAt: '', updatedAt: '' };
}

const OPIOIDS = snippet('Opioids: no functional improvement', 'norco weaning', {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'citation', attrs: CHIP },
        { type: 'text', text: ' Pain is ' },
        fieldContent('pain score'),
        { type: 'text', text: ' on ' },
        fieldContent('medication'),
        { type: 'text', text: '.' },
      ],
    },
  ],
} as RichTextDoc);

/** Types as the browser does, through the editor's text-input handlers. */
function typeInto(editor: Editor, text: string): void {
  for (const ch of text) {
    const { from, to } = editor.state.selection;
    const handled = editor.view.someProp('handleTextInput', (f) => f(editor.view, from, to, ch, () => editor.state.tr));
    if (!handled) editor.view.dispatch(editor.state.tr.insertText(ch, from, to));
  }
}

describe('snippet fields', () => {
  let editor: Editor;
  afterEach(() => editor?.destroy());

  it('inserts the snippet with its chip and selects the first field, which typing fills', () => {
    editor = createTestEditor('<p>Start. </p>');
    const end = editor.state.doc.content.size - 1;
    insertSnippet(editor, OPIOIDS, { from: end, to: end });
    expect(citationsOf(editor.getJSON() as RichTextDoc).map((c) => c.catalogId)).toEqual([CHIP.catalogId]);
    const selection = editor.state.selection;
    expect(selection instanceof NodeSelection && selection.node.attrs['label']).toBe('pain score');
    typeInto(editor, '8/10');
    pressKey(editor, 'Tab');
    typeInto(editor, 'Norco 10/325');
    expect(editor.getText()).toContain('Pain is 8/10 on Norco 10/325.');
    expect(JSON.stringify(editor.getJSON())).not.toContain('"type":"field"');
  });

  it('leaves Tab alone when no field is left', () => {
    editor = createTestEditor('<p>No fields here.</p>');
    expect(editor.commands.selectNextField()).toBe(false);
  });
});

describe('searchSnippets', () => {
  const library = [
    OPIOIDS,
    snippet('Repeat lumbar MRI', 'imaging low back', { type: 'doc' }),
    snippet('Topical compound', 'cream gabapentin', { type: 'doc' }),
  ];

  it('finds snippets by title and keyword starts, titles first, every word required', () => {
    expect(searchSnippets(library, 'mri').map((s) => s.title)).toEqual(['Repeat lumbar MRI']);
    expect(searchSnippets(library, 'norco').map((s) => s.title)).toEqual(['Opioids: no functional improvement']);
    expect(searchSnippets(library, 'cream gaba').map((s) => s.title)).toEqual(['Topical compound']);
    expect(searchSnippets(library, 'mri cream')).toEqual([]);
    expect(searchSnippets(library, '').length).toBe(3);
  });
});

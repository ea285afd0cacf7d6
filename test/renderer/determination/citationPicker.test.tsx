// @vitest-environment jsdom
import type { Editor } from '@tiptap/core';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { loadCatalog } from '../../../shared/citations/catalog/loadCatalog';
import { toCitationSnapshot } from '../../../shared/citations/format/toCitationSnapshot';
import { citationsOf } from '../../../shared/domain/determination';
import { emptyRichText, type RichTextDoc } from '../../../shared/editor/richText';
import { createCitationCatalog } from '../../../renderer/src/features/determination/citations/createCitationCatalog';
import type { CitationSource } from '../../../renderer/src/features/determination/editor/citationPicker/citationSource';
import { ItemEditor, type ItemChange } from '../../../renderer/src/features/determination/ItemEditor';
import { pressKey, typeText } from './createTestEditor';

const item = {
  id: 'item-mri',
  caseId: 'case-1',
  position: 0,
  requestedTreatment: 'MRI Cervical',
  urDecision: 'denied' as const,
  caGuideline: '',
};
const value = {
  itemId: item.id,
  decision: 'undecided' as const,
  caGuideline: '',
  rationale: emptyRichText(),
  updatedAt: '',
};

describe('citation picker', () => {
  let editor: Editor;
  let savePick: Mock<(catalogId: string) => Promise<unknown>>;
  let onChange: Mock<(change: ItemChange) => void>;

  beforeEach(() => {
    savePick = vi.fn(async () => ({}));
    onChange = vi.fn<(change: ItemChange) => void>();
    const catalog = createCitationCatalog({
      builtIn: loadCatalog,
      loadLocal: async () => ({ entries: [], recentIds: [] }),
      savePick,
    });
    const source: CitationSource = {
      search: (q) => catalog.search(q, { urDecisionDate: '2014-04-03', bodyPartHint: ['neck', 'MRI', 'Cervical'] }),
      picked: (entry) => catalog.recordPick(entry.entry.id),
    };
    render(
      <ItemEditor
        index={0}
        item={item}
        value={value}
        locked={false}
        citationSource={source}
        snippetSource={{ search: () => [] }}
        guidelineLabel="MAXIMUS guideline"
        onSaveSnippet={() => {}}
        onChange={onChange}
        onFocusEditor={(e) => (editor = e)}
        onOpenQuote={() => {}}
        onContentError={() => {}}
        onHelp={() => {}}
      />,
    );
    const dom = screen.getByRole('textbox', { name: /Decision rationale for MRI Cervical/ });
    act(() => dom.focus());
    fireEvent.focus(dom);
  });
  afterEach(() => cleanup());

  const listbox = () => document.querySelector<HTMLElement>('[role="listbox"]');
  const options = () => [...document.querySelectorAll<HTMLElement>('[role="option"]')];
  const doc = () => editor.getJSON() as RichTextDoc;
  const type = (s: string) => act(() => typeText(editor, s));
  const press = (key: string, init: KeyboardEventInit = {}) => act(() => pressKey(editor, key, init));

  it('opens a ranked listbox owned by the editor when the reviewer types [[ and a query', () => {
    type('Imaging is not supported [[neck mri');
    expect(listbox()).not.toBeNull();
    const labels = options().map((o) => o.querySelector('.citation-option-label')?.textContent);
    expect(labels[0]).toBe('MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 179-180');
    expect(labels[1]).toBe('MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 177-178');
    expect(labels[2]).toBe('Non-MTUS Citation Official Disability Guidelines (ODG) Neck and Upper Back Chapter-MRI');
    expect(editor.view.dom.getAttribute('aria-controls')).toBe(listbox()?.id);
    expect(editor.view.dom.getAttribute('aria-activedescendant')).toBe(options()[0]?.id);
    expect(options()[0]?.getAttribute('aria-selected')).toBe('true');
  });

  it('inserts the highlighted citation as a chip when the reviewer moves with the arrows and presses Enter', () => {
    type('See [[neck mri');
    press('ArrowDown');
    press('ArrowDown');
    press('ArrowDown');
    press('ArrowUp');
    expect(editor.view.dom.getAttribute('aria-activedescendant')).toBe(options()[2]?.id);
    expect(options()[2]?.getAttribute('aria-selected')).toBe('true');
    press('Enter');

    expect(listbox()).toBeNull();
    expect(editor.view.dom.hasAttribute('aria-activedescendant')).toBe(false);
    expect(citationsOf(doc()).map((c) => c.catalogId)).toEqual(['odg-neck-and-upper-back-mri']);
    expect(editor.getText()).toBe(
      'See Non-MTUS Citation Official Disability Guidelines (ODG) Neck and Upper Back Chapter-MRI ',
    );
    expect(savePick).toHaveBeenCalledWith('odg-neck-and-upper-back-mri');
  });

  it('shows the compiled guideline line with MTUS first when chips are inserted in the other order', () => {
    type('[[odg neck mri');
    press('Enter');
    type('and [[chapter 8 special');
    press('Enter');
    expect(screen.getByTestId('guideline-line-item-mri').textContent).toBe(
      'MAXIMUS guideline: Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 177-178. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Neck and Upper Back Chapter-MRI.',
    );
  });

  it('closes on Escape and keeps the typed text when the reviewer changes their mind', () => {
    type('Compare [[neck');
    press('Escape');
    expect(listbox()).toBeNull();
    expect(editor.getText()).toBe('Compare [[neck');
    expect(citationsOf(doc())).toEqual([]);
  });

  it('boosts a citation picked before when the picker opens again', () => {
    type('[[chapter 8 179');
    press('Enter');
    type('[[neck');
    const first = options()[0];
    expect(first?.querySelector('.citation-option-label')?.textContent).toBe(
      'MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 179-180',
    );
    expect(first?.querySelector('.citation-option-meta')?.textContent).toContain('recent');
  });

  it('opens from the Cite button of the toolbar', () => {
    fireEvent.click(screen.getByRole('button', { name: /Cite a guideline/ }));
    expect(listbox()).not.toBeNull();
    expect(options().length).toBeGreaterThan(0);
  });

  it('opens with Mod-Shift-C', () => {
    type('Per ');
    press('C', { ctrlKey: true, shiftKey: true });
    expect(listbox()).not.toBeNull();
    expect(editor.getText()).toBe('Per [[');
  });

  it('reports each change of the rationale with a reader instead of a serialised document', () => {
    type('x');
    const change = onChange.mock.calls.at(-1)?.[0];
    expect(typeof change?.readRationale).toBe('function');
    expect(change?.readRationale?.()).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }],
    });
  });
});

describe("the item's cited guidelines", () => {
  afterEach(() => cleanup());
  const catalog = loadCatalog();
  const snap = (id: string) => {
    const entry = catalog.find((e) => e.id === id);
    if (!entry) throw new Error(id);
    return { ...toCitationSnapshot(entry) };
  };
  const source: CitationSource = {
    search: (q) =>
      createCitationCatalog({
        builtIn: () => catalog,
        loadLocal: async () => ({ entries: [], recentIds: [] }),
        savePick: async () => ({}),
      }).search(q, {
        urDecisionDate: '2014-04-03',
        bodyPartHint: [],
      }),
    picked: () => {},
  };
  const mount = (rationale: RichTextDoc, citations = [snap('odg-neck-and-upper-back-mri')], locked = false) => {
    const onChange = vi.fn<(change: ItemChange) => void>();
    render(
      <ItemEditor
        index={0}
        item={item}
        value={{ ...value, rationale, citations }}
        locked={locked}
        citationSource={source}
        snippetSource={{ search: () => [] }}
        guidelineLabel="MAXIMUS guideline"
        onSaveSnippet={() => {}}
        onChange={onChange}
        onFocusEditor={() => {}}
        onOpenQuote={() => {}}
        onContentError={() => {}}
        onHelp={() => {}}
      />,
    );
    return onChange;
  };
  const rows = () => screen.getAllByRole('listitem').map((li) => li.querySelector('.item-citation-label')?.textContent);

  it('shows a chip of an older draft in the list without writing to the draft when it opens', async () => {
    const chip = snap('mtus-acoem-2004-ch8-p179-180');
    const onChange = mount({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'citation', attrs: chip }] }],
    });
    // The editor reports the chips it opened with just after its first render.
    await act(async () => {});
    expect(rows()).toEqual([snap('odg-neck-and-upper-back-mri').label, chip.label]);
    expect(screen.getByRole('button', { name: `Remove: ${chip.label}` }).hasAttribute('disabled')).toBe(true);
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByTestId('guideline-line-item-mri').textContent).toBe(
      `MAXIMUS guideline: Decision based on ${chip.label}. Decision based on ${snap('odg-neck-and-upper-back-mri').label}.`,
    );
  });

  it('moves and removes entries and reports the whole list each time', () => {
    const onChange = mount(emptyRichText(), [
      snap('odg-neck-and-upper-back-mri'),
      snap('mtus-acoem-2004-ch8-p179-180'),
    ]);
    fireEvent.click(screen.getByRole('button', { name: /^Move up: MTUS ACOEM/ }));
    expect(onChange.mock.calls.at(-1)?.[0].citations?.map((c) => c.catalogId)).toEqual([
      'mtus-acoem-2004-ch8-p179-180',
      'odg-neck-and-upper-back-mri',
    ]);
    fireEvent.click(screen.getByRole('button', { name: /^Remove: Non-MTUS/ }));
    expect(onChange.mock.calls.at(-1)?.[0].citations?.map((c) => c.catalogId)).toEqual([
      'mtus-acoem-2004-ch8-p179-180',
    ]);
  });

  it('adds a guideline from the ranked search with the keyboard', () => {
    const onChange = mount(emptyRichText(), []);
    const input = screen.getByRole('combobox', { name: /Add a guideline to MRI Cervical/ });
    act(() => input.focus());
    fireEvent.change(input, { target: { value: 'neck mri' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange.mock.calls.at(-1)?.[0].citations?.map((c) => c.catalogId)).toEqual([
      'mtus-acoem-2004-ch8-p179-180',
    ]);
  });

  it('offers no change while the determination is signed', () => {
    mount(emptyRichText(), [snap('odg-neck-and-upper-back-mri')], true);
    expect(screen.getByRole('button', { name: /^Remove: / }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('combobox', { name: /Add a guideline/ }).hasAttribute('disabled')).toBe(true);
  });
});

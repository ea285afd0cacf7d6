import { Node } from '@tiptap/core';
import type { CitationSnapshot } from '../../../../../../shared/citations';
import { EDITOR_NODE, citationAttrsOf, citationContent } from '../../../../../../shared/editor';
import { removeAdjacentAtom } from '../atoms/removeAdjacentAtom';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    citation: {
      /** Inserts a citation chip (and a space after it) over `range`, or at the selection. */
      insertCitation: (snapshot: CitationSnapshot, range?: { from: number; to: number }) => ReturnType;
    };
  }
}

const text = (el: HTMLElement, name: string) => el.getAttribute(name);

function bodyPartsFrom(el: HTMLElement): string[] {
  try {
    const parsed: unknown = JSON.parse(el.getAttribute('data-body-parts') ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((p): p is string => typeof p === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * A guideline citation chip: an inline atom whose attrs are exactly a CitationSnapshot (citationsOf() reads them).
 * Rendered as plain DOM through renderHTML, never a React node view, so long rationales with many chips stay fast.
 */
export const CitationNode = Node.create({
  name: EDITOR_NODE.citation,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,
  marks: '',

  addAttributes() {
    // The node's renderHTML writes the data-* attributes itself.
    const attr = (parse: (el: HTMLElement) => unknown, fallback: unknown) => ({
      default: fallback,
      parseHTML: parse,
      renderHTML: () => ({}),
    });
    return {
      catalogId: attr((el) => text(el, 'data-catalog-id') ?? '', ''),
      family: attr((el) => text(el, 'data-family') ?? 'literature', 'literature'),
      label: attr((el) => text(el, 'data-label') ?? el.textContent ?? '', ''),
      mtus: attr((el) => text(el, 'data-mtus') === 'true', false),
      effectiveFrom: attr((el) => text(el, 'data-effective-from'), null),
      effectiveTo: attr((el) => text(el, 'data-effective-to'), null),
      bodyParts: attr(bodyPartsFrom, []),
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-type="citation"][data-catalog-id]' }];
  },

  renderHTML({ node }) {
    const c: CitationSnapshot = citationAttrsOf({ type: node.type.name, attrs: node.attrs }) ?? {
      catalogId: String(node.attrs['catalogId'] ?? ''),
      family: 'literature',
      label: String(node.attrs['label'] ?? ''),
      mtus: false,
      effectiveFrom: null,
      effectiveTo: null,
      bodyParts: [],
    };
    const inForce = [c.effectiveFrom, c.effectiveTo].some(Boolean)
      ? ` (in force ${c.effectiveFrom ?? '…'} to ${c.effectiveTo ?? 'today'})`
      : '';
    return [
      'span',
      {
        'data-type': 'citation',
        'data-catalog-id': c.catalogId,
        'data-family': c.family,
        'data-label': c.label,
        'data-mtus': String(c.mtus),
        ...(c.effectiveFrom ? { 'data-effective-from': c.effectiveFrom } : {}),
        ...(c.effectiveTo ? { 'data-effective-to': c.effectiveTo } : {}),
        'data-body-parts': JSON.stringify(c.bodyParts ?? []),
        class: `citation-chip ${c.mtus ? 'citation-mtus' : 'citation-non-mtus'}`,
        contenteditable: 'false',
        title: `${c.mtus ? 'MTUS' : 'Non-MTUS'} citation${inForce}`,
      },
      c.label,
    ];
  },

  renderText({ node }) {
    return String(node.attrs['label'] ?? '');
  },

  addCommands() {
    return {
      insertCitation:
        (snapshot, range) =>
        ({ commands, state }) =>
          commands.insertContentAt(range ?? { from: state.selection.from, to: state.selection.to }, [
            citationContent(snapshot),
            { type: 'text', text: ' ' },
          ]),
    };
  },

  addKeyboardShortcuts() {
    return {
      Backspace: () => removeAdjacentAtom(this.editor, this.name, 'backward'),
      Delete: () => removeAdjacentAtom(this.editor, this.name, 'forward'),
    };
  },
});

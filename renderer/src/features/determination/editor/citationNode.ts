import { Node } from '@tiptap/core';
import type { CitationSnapshot } from '../../../../../shared/domain/citation';
import { removeAdjacentAtom } from './removeAdjacentAtom';

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
  name: 'citation',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,
  marks: '',

  addAttributes() {
    // The node's renderHTML writes the data-* attributes itself.
    const attr = (parse: (el: HTMLElement) => unknown, fallback: unknown) => ({ default: fallback, parseHTML: parse, renderHTML: () => ({}) });
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
    const c = node.attrs as CitationSnapshot;
    const inForce = [c.effectiveFrom, c.effectiveTo].some(Boolean) ? ` (in force ${c.effectiveFrom ?? '…'} to ${c.effectiveTo ?? 'today'})` : '';
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

  addKeyboardShortcuts() {
    return {
      Backspace: () => removeAdjacentAtom(this.editor, this.name, 'backward'),
      Delete: () => removeAdjacentAtom(this.editor, this.name, 'forward'),
    };
  },
});

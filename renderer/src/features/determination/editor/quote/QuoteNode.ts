import { Node } from '@tiptap/core';
import { NodeSelection, Plugin, PluginKey } from '@tiptap/pm/state';
import type { Node as PmNode } from '@tiptap/pm/model';
import { EDITOR_NODE, quoteAttrsOf, quoteContent, type QuoteAttrs } from '../../../../../../shared/editor';
import { removeAdjacentAtom } from '../atoms/removeAdjacentAtom';

export type { QuoteAttrs };

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    quote: {
      /** Inserts a quote chip (and a space after it) at the selection. */
      insertQuote: (quote: QuoteAttrs) => ReturnType;
    };
  }
}

export interface QuoteNodeOptions {
  /** Clicking a quote (or Enter on a selected one) opens the record at its page. */
  onOpen: (quote: QuoteAttrs) => void;
}

const attrsOf = (node: PmNode): QuoteAttrs =>
  quoteAttrsOf({ type: node.type.name, attrs: node.attrs }) ?? { text: '', documentId: '', page: 1 };

/** Words quoted from a record, with their source page; plain DOM, no React node view. */
export const QuoteNode = Node.create<QuoteNodeOptions>({
  name: EDITOR_NODE.quote,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,
  marks: '',

  addOptions() {
    return { onOpen: () => {} };
  },

  addAttributes() {
    return {
      text: { default: '', parseHTML: (el) => el.getAttribute('data-text') ?? '', renderHTML: () => ({}) },
      documentId: { default: '', parseHTML: (el) => el.getAttribute('data-document-id') ?? '', renderHTML: () => ({}) },
      page: { default: 1, parseHTML: (el) => Number(el.getAttribute('data-page') ?? 1), renderHTML: () => ({}) },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-type="quote"][data-document-id]' }];
  },

  renderHTML({ node }) {
    const q = attrsOf(node);
    return [
      'span',
      {
        'data-type': 'quote',
        'data-text': q.text,
        'data-document-id': q.documentId,
        'data-page': String(q.page),
        class: 'quote-chip',
        contenteditable: 'false',
        title: `Quoted from the record, page ${q.page}. Click to open it there.`,
      },
      ['span', { class: 'quote-text' }, `“${q.text}”`],
      ['span', { class: 'quote-page' }, `p. ${q.page}`],
    ];
  },

  renderText({ node }) {
    return `“${attrsOf(node).text}”`;
  },

  addCommands() {
    return {
      insertQuote:
        (quote) =>
        ({ commands }) =>
          commands.insertContent([quoteContent(quote), { type: 'text', text: ' ' }]),
    };
  },

  addKeyboardShortcuts() {
    return {
      Backspace: () => removeAdjacentAtom(this.editor, this.name, 'backward'),
      Delete: () => removeAdjacentAtom(this.editor, this.name, 'forward'),
      Enter: () => {
        const { selection } = this.editor.state;
        if (!(selection instanceof NodeSelection) || selection.node.type.name !== this.name) return false;
        this.options.onOpen(attrsOf(selection.node));
        return true;
      },
    };
  },

  addProseMirrorPlugins() {
    const { name } = this;
    const open = (quote: QuoteAttrs) => this.options.onOpen(quote);
    return [
      new Plugin({
        key: new PluginKey('quoteClick'),
        props: {
          handleClickOn(_view, _pos, node, _nodePos, _event, direct) {
            if (!direct || node.type.name !== name) return false;
            open(attrsOf(node));
            return true;
          },
        },
      }),
    ];
  },
});

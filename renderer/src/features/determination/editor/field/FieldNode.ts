import { Node } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { NodeSelection, Plugin, PluginKey, TextSelection, type EditorState } from '@tiptap/pm/state';
import { EDITOR_NODE, fieldAttrsOf } from '../../../../../../shared/editor';
import { removeAdjacentAtom } from '../atoms/removeAdjacentAtom';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    field: {
      /** Selects the next unfilled field after the caret (or the first one), so typing fills it. */
      selectNextField: () => ReturnType;
    };
  }
}

const labelOf = (node: PmNode): string => fieldAttrsOf({ type: node.type.name, attrs: node.attrs })?.label ?? 'field';

/** Position of the first field at or after `from`, wrapping to the start; null when none is left. */
export function nextFieldPosition(state: EditorState, from: number): number | null {
  let first: number | null = null;
  let next: number | null = null;
  state.doc.descendants((node, pos) => {
    if (node.type.name !== EDITOR_NODE.field) return true;
    first ??= pos;
    if (next === null && pos >= from) next = pos;
    return false;
  });
  return next ?? first;
}

/**
 * A snippet's fill-in field: an inline atom shown as "[label]". Selected (click or Tab), the next keystroke replaces
 * it with what the reviewer types; while it stays, the placeholder check blocks signing.
 */
export const FieldNode = Node.create({
  name: EDITOR_NODE.field,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,
  marks: '',

  addAttributes() {
    return {
      label: { default: 'field', parseHTML: (el) => el.getAttribute('data-label') ?? 'field', renderHTML: () => ({}) },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-type="field"]' }];
  },

  renderHTML({ node }) {
    const label = labelOf(node);
    return [
      'span',
      {
        'data-type': 'field',
        'data-label': label,
        class: 'snippet-field',
        contenteditable: 'false',
        title: `Fill in: ${label}. Click it (or press Tab) and type.`,
      },
      `[${label}]`,
    ];
  },

  renderText({ node }) {
    return `[${labelOf(node)}]`;
  },

  addCommands() {
    return {
      selectNextField:
        () =>
        ({ state, tr, dispatch }) => {
          const from = state.selection instanceof NodeSelection ? state.selection.to : state.selection.from;
          const pos = nextFieldPosition(state, from);
          if (pos === null) return false;
          if (dispatch) dispatch(tr.setSelection(NodeSelection.create(tr.doc, pos)).scrollIntoView());
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      Tab: () => this.editor.commands.selectNextField(),
      Backspace: () => removeAdjacentAtom(this.editor, this.name, 'backward'),
      Delete: () => removeAdjacentAtom(this.editor, this.name, 'forward'),
    };
  },

  addProseMirrorPlugins() {
    const name = this.name;
    return [
      new Plugin({
        key: new PluginKey('fieldFill'),
        props: {
          // Typing on a selected field replaces it: the field is filled, not pushed aside.
          handleTextInput(view, _from, _to, text) {
            const { selection } = view.state;
            if (!(selection instanceof NodeSelection) || selection.node.type.name !== name) return false;
            const tr = view.state.tr.insertText(text, selection.from, selection.to);
            tr.setSelection(TextSelection.create(tr.doc, selection.from + text.length));
            view.dispatch(tr);
            return true;
          },
        },
      }),
    ];
  },
});

import type { Editor } from '@tiptap/core';

/** Backspace/Delete beside an inline atom removes the whole atom, whatever the browser would do with a non-editable span. */
export function removeAdjacentAtom(editor: Editor, typeName: string, direction: 'backward' | 'forward'): boolean {
  const { selection } = editor.state;
  if (!selection.empty) return false;
  const $pos = selection.$from;
  const node = direction === 'backward' ? $pos.nodeBefore : $pos.nodeAfter;
  if (!node || node.type.name !== typeName) return false;
  const from = direction === 'backward' ? $pos.pos - node.nodeSize : $pos.pos;
  return editor.commands.deleteRange({ from, to: from + node.nodeSize });
}

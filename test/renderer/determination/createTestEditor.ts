import { Editor } from '@tiptap/core';
import type { RichTextDoc } from '../../../shared/editor/richText';
import {
  createEditorExtensions,
  type EditorExtensionOptions,
} from '../../../renderer/src/features/determination/editor/createEditorExtensions';

/** The real editor extensions mounted on a detached-from-React element, as the app builds them. */
export function createTestEditor(content: RichTextDoc | string, opts: EditorExtensionOptions = {}): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  return new Editor({ element, extensions: createEditorExtensions(opts), content });
}

export function pressKey(editor: Editor, key: string, init: KeyboardEventInit = {}): void {
  editor.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
}

/** Types as the browser's input handling would: one text insertion per character at the caret. */
export function typeText(editor: Editor, text: string): void {
  for (const ch of text) editor.view.dispatch(editor.state.tr.insertText(ch));
}

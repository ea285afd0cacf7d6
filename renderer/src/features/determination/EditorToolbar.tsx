import type { Editor } from '@tiptap/core';
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import { useEditorState } from '@tiptap/react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { openCitationPicker } from './editor/citationPicker/CitationPickerExtension';
import { openSnippetPicker } from './editor/snippetPicker/SnippetPickerExtension';

interface Props {
  editor: Editor;
  label: string;
  citations: boolean;
  snippets: boolean;
  onHelp: () => void;
}

interface Tool {
  id: string;
  text: string;
  title: string;
  active?: boolean;
  disabled?: boolean;
  run: () => void;
}

/** Formatting buttons for one editor: one tab stop, arrow keys move along (WAI-ARIA toolbar pattern). */
export function EditorToolbar({ editor, label, citations, snippets, onHelp }: Props) {
  // Re-renders only when a button's state changes, not on every keystroke.
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      heading: e.isActive('heading'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      canUndo: undoDepth(e.state) > 0,
      canRedo: redoDepth(e.state) > 0,
      editable: e.isEditable,
    }),
  });
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const chain = () => editor.chain().focus();
  const tools: Tool[] = [
    { id: 'bold', text: 'B', title: 'Bold (Mod+B)', active: state.bold, run: () => chain().toggleBold().run() },
    { id: 'italic', text: 'I', title: 'Italic (Mod+I)', active: state.italic, run: () => chain().toggleItalic().run() },
    {
      id: 'heading',
      text: 'H',
      title: 'Heading (Mod+Alt+3)',
      active: state.heading,
      run: () => chain().toggleHeading({ level: 3 }).run(),
    },
    {
      id: 'bullets',
      text: '•',
      title: 'Bulleted list (Mod+Shift+8)',
      active: state.bulletList,
      run: () => chain().toggleBulletList().run(),
    },
    {
      id: 'numbers',
      text: '1.',
      title: 'Numbered list (Mod+Shift+7)',
      active: state.orderedList,
      run: () => chain().toggleOrderedList().run(),
    },
    { id: 'undo', text: '↶', title: 'Undo (Mod+Z)', disabled: !state.canUndo, run: () => chain().undo().run() },
    { id: 'redo', text: '↷', title: 'Redo (Mod+Shift+Z)', disabled: !state.canRedo, run: () => chain().redo().run() },
    ...(citations
      ? [
          {
            id: 'cite',
            text: 'Cite',
            title: 'Cite a guideline (type [[ or Mod+Shift+C)',
            run: () => openCitationPicker(editor),
          },
        ]
      : []),
    ...(snippets
      ? [
          {
            id: 'snippet',
            text: 'Snippet',
            title: 'Insert a snippet (type ;; or Mod+Shift+S)',
            run: () => openSnippetPicker(editor),
          },
        ]
      : []),
    { id: 'help', text: '?', title: 'Keyboard shortcuts (F1)', run: onHelp },
  ];

  const onKeyDown = (event: KeyboardEvent) => {
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (delta === 0) return;
    event.preventDefault();
    const next = (focusIndex + delta + tools.length) % tools.length;
    setFocusIndex(next);
    buttons.current[next]?.focus();
  };

  return (
    <div className="editor-toolbar" role="toolbar" aria-label={`Formatting: ${label}`} onKeyDown={onKeyDown}>
      {tools.map((tool, index) => (
        <button
          key={tool.id}
          ref={(el) => {
            buttons.current[index] = el;
          }}
          type="button"
          className={`tool-button tool-${tool.id}${tool.active ? ' active' : ''}`}
          title={tool.title}
          aria-label={tool.title}
          {...(tool.active === undefined ? {} : { 'aria-pressed': tool.active })}
          disabled={tool.id !== 'help' && (!state.editable || tool.disabled === true)}
          tabIndex={index === focusIndex ? 0 : -1}
          onMouseDown={(e) => e.preventDefault()}
          onFocus={() => setFocusIndex(index)}
          onClick={tool.run}
        >
          {tool.text}
        </button>
      ))}
    </div>
  );
}

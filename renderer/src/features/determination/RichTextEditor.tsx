import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect } from 'react';
import type { RichTextDoc } from '../../../../shared/domain/richText';

interface Props {
  value: RichTextDoc;
  onChange: (doc: RichTextDoc) => void;
  label: string;
  placeholder?: string;
  editable?: boolean;
  testId?: string;
}

/** TipTap with the letter's formatting: paragraphs, headings, bold, italic, lists, undo/redo. */
export function RichTextEditor({ value, onChange, label, editable = true, testId }: Props) {
  const editor = useEditor({
    extensions: [StarterKit.configure({ heading: { levels: [3, 4] }, link: false, codeBlock: false, code: false })],
    content: value,
    editable,
    editorProps: { attributes: { 'aria-label': label, role: 'textbox', 'aria-multiline': 'true', class: 'rich-text', ...(testId ? { 'data-testid': testId } : {}) } },
    onUpdate: ({ editor: e }) => onChange(e.getJSON() as RichTextDoc),
  });
  useEffect(() => {
    editor?.setEditable(editable);
  }, [editor, editable]);
  return <EditorContent editor={editor} className="rich-text-frame" />;
}

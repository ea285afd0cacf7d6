import type { Editor } from '@tiptap/core';
import { useRef, useState, type FormEvent } from 'react';
import type { Snippet } from '../../../../../shared/domain';
import { fieldContent, type RichTextDoc } from '../../../../../shared/editor';
import { errorMessage } from '../../../../../shared/errorMessage';
import { call } from '../../../api';
import { ModalDialog } from '../../../components';
import { RichTextEditor } from '../RichTextEditor';

interface Props {
  /** The snippet to edit, or the text of a new one (saved from a rationale). */
  initial: { id?: string; title: string; keywords: string; body: RichTextDoc };
  onClose: () => void;
  onSaved: (snippet: Snippet) => void;
  onHelp: () => void;
}

/** Title, keywords and text of one snippet; selected words become a fill-in field with "Make field". */
export function SnippetEditorDialog({ initial, onClose, onSaved, onHelp }: Props) {
  const [title, setTitle] = useState(initial.title);
  const [keywords, setKeywords] = useState(initial.keywords);
  const [problem, setProblem] = useState<string | null>(null);
  const editor = useRef<Editor | null>(null);
  const read = useRef<() => RichTextDoc>(() => initial.body);

  const makeField = () => {
    const e = editor.current;
    if (!e) return;
    const { from, to } = e.state.selection;
    const selected = e.state.doc.textBetween(from, to, ' ').trim();
    const label = selected.length > 0 ? selected.slice(0, 80) : 'fill in';
    e.chain().focus().insertContentAt({ from, to }, fieldContent(label)).run();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const saved = await call('snippets.save', {
        ...(initial.id ? { id: initial.id } : {}),
        title,
        keywords,
        body: read.current(),
      });
      onSaved(saved);
      onClose();
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };

  return (
    <ModalDialog
      title={initial.id ? 'Edit snippet' : 'Save as snippet'}
      titleId="snippet-editor-title"
      className="snippet-editor"
      onClose={onClose}
    >
      <form onSubmit={(e) => void submit(e)}>
        <label className="field-label" htmlFor="snippet-title">
          Title (what the ;; picker shows)
        </label>
        <input id="snippet-title" value={title} onChange={(e) => setTitle(e.target.value)} autoFocus />
        <label className="field-label" htmlFor="snippet-keywords">
          Keywords (optional, also searched)
        </label>
        <input id="snippet-keywords" value={keywords} onChange={(e) => setKeywords(e.target.value)} />
        <div className="field-label snippet-text-label">
          Text
          <button
            type="button"
            className="tool-button small"
            title="Turn the selected words into a field to fill in each time"
            onMouseDown={(e) => e.preventDefault()}
            onClick={makeField}
          >
            Make field
          </button>
        </div>
        <RichTextEditor
          initialValue={initial.body}
          label="Snippet text"
          testId="snippet-text"
          onDirty={(r) => {
            read.current = r;
          }}
          onEditorCreated={(e) => {
            editor.current = e;
            read.current = () => e.getJSON() as RichTextDoc;
          }}
          onHelp={onHelp}
        />
        <p className="muted small">
          Select case-specific words (dates, doses, findings) and press Make field: each insertion selects the fields in
          turn, and signing waits until every field is filled.
        </p>
        {problem && (
          <p className="form-error" role="alert">
            {problem}
          </p>
        )}
        <div className="modal-footer">
          <button type="button" className="tool-button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary-button">
            Save snippet
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

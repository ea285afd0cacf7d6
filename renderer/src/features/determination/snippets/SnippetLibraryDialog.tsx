import { useRef, useState, useSyncExternalStore } from 'react';
import type { Snippet } from '../../../../../shared/domain';
import { emptyRichText, richTextToPlainText } from '../../../../../shared/editor';
import { errorMessage } from '../../../../../shared/errorMessage';
import { call, saveFile } from '../../../api';
import { ModalDialog } from '../../../components';
import type { SnippetLibrary } from './snippetLibrary';
import { SnippetEditorDialog } from './SnippetEditorDialog';

interface Props {
  library: SnippetLibrary;
  onClose: () => void;
  onHelp: () => void;
}

/** The reviewer's snippet library: edit, delete, add, export to a file and import one. */
export function SnippetLibraryDialog({ library, onClose, onHelp }: Props) {
  const snippets = useSyncExternalStore(library.subscribe, library.all);
  const [editing, setEditing] = useState<Snippet | 'new' | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const run = async (what: () => Promise<string | null>) => {
    setProblem(null);
    try {
      setStatus(await what());
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };

  if (editing !== null) {
    return (
      <SnippetEditorDialog
        initial={editing === 'new' ? { title: '', keywords: '', body: emptyRichText() } : editing}
        onClose={() => setEditing(null)}
        onSaved={() => void library.refresh()}
        onHelp={onHelp}
      />
    );
  }
  const footer = (
    <>
      {status && (
        <span className="small muted" role="status">
          {status}
        </span>
      )}
      <button type="button" className="tool-button" onClick={() => setEditing('new')}>
        New snippet
      </button>
      <button
        type="button"
        className="tool-button"
        onClick={() =>
          void run(async () => {
            const file = await call('snippets.export', {});
            const outcome = await saveFile(file.fileName, new TextEncoder().encode(file.json), 'json');
            return outcome.saved ? `Exported ${file.count} snippet(s)` : null;
          })
        }
      >
        Export…
      </button>
      <button type="button" className="tool-button" onClick={() => fileInput.current?.click()}>
        Import…
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Snippet file to import"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file)
            void run(async () => {
              const result = await call('snippets.import', { json: await file.text() });
              await library.refresh();
              return `Imported ${result.added} snippet(s)${result.skipped > 0 ? `, ${result.skipped} already there` : ''}`;
            });
        }}
      />
      <button type="button" className="primary-button" onClick={onClose}>
        Done
      </button>
    </>
  );
  return (
    <ModalDialog
      title="Snippet library"
      titleId="snippet-library-title"
      className="snippet-library"
      onClose={onClose}
      footer={footer}
      bodyLabel="Snippets"
    >
      <p className="muted small">
        Type ;; in a rationale to insert one; Tab moves between its fields. Save a rationale with “Save as snippet…”.
      </p>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {snippets.length === 0 ? (
        <p className="muted">No snippets yet.</p>
      ) : (
        <ul className="snippet-rows">
          {snippets.map((s) => (
            <li key={s.id} className="snippet-row">
              <div>
                <strong>{s.title}</strong>
                {s.keywords && <span className="muted small"> — {s.keywords}</span>}
                <p className="small snippet-preview">{richTextToPlainText(s.body).slice(0, 220)}</p>
              </div>
              <button type="button" className="tool-button" onClick={() => setEditing(s)}>
                Edit
              </button>
              <button
                type="button"
                className="tool-button"
                aria-label={`Delete ${s.title}`}
                onClick={() =>
                  void run(async () => {
                    await call('snippets.delete', { id: s.id });
                    await library.refresh();
                    return `Deleted “${s.title}”`;
                  })
                }
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </ModalDialog>
  );
}

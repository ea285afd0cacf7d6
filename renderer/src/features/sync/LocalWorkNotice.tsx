import { useState } from 'react';
import type { LocalWork } from '../../../../shared/ipc';
import { call } from '../../api';
import { errorMessage } from '../../../../shared/errorMessage';

interface Props {
  work: LocalWork[];
  replace: boolean;
  onReplaceChange(replace: boolean): void;
}

function describe(w: LocalWork): string {
  const parts = [
    w.signedNotUploaded > 0
      ? `${w.signedNotUploaded} signed version${w.signedNotUploaded === 1 ? '' : 's'} never uploaded`
      : '',
    w.editedDraft ? 'your edited determination' : '',
    w.importedDocuments > 0 ? `${w.importedDocuments} record${w.importedDocuments === 1 ? '' : 's'} you imported` : '',
  ];
  return parts.filter(Boolean).join(', ');
}

/** What signing in would replace, a way to export it first, and the explicit consent to replace it. */
export function LocalWorkNotice({ work, replace, onReplaceChange }: Props) {
  const [folder, setFolder] = useState('');
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);

  const exportWork = async () => {
    setBusy(true);
    setNote(null);
    try {
      const done = await call('sync.exportLocalWork', { targetDir: folder });
      setNote({
        ok: true,
        text: `Exported to ${done.dir}: ${done.packages} signed package${done.packages === 1 ? '' : 's'} and ${done.drafts} determination${done.drafts === 1 ? '' : 's'}.`,
      });
    } catch (e) {
      setNote({ ok: false, text: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="sync-warn local-work" aria-label="Your work on the demo cases">
      <p>
        <strong>Signing in replaces the demo cases, and these hold your work:</strong>
      </p>
      <ul>
        {work.map((w) => (
          <li key={w.caseId}>
            {w.caseNumber}: {describe(w)}
          </li>
        ))}
      </ul>
      <p>Export it first to keep a copy you can open and verify: signed packages and each determination as text.</p>
      <div className="local-work-export">
        <label>
          Export into this folder (new or empty)
          <input
            value={folder}
            onChange={(e) => setFolder(e.target.value)}
            placeholder="/home/you/IMR demo work"
            spellCheck={false}
          />
        </label>
        <button type="button" disabled={busy || folder.trim() === ''} onClick={() => void exportWork()}>
          {busy ? 'Exporting…' : 'Export my work'}
        </button>
      </div>
      {note && (
        <p role={note.ok ? 'status' : 'alert'} className={note.ok ? undefined : 'form-error'}>
          {note.text}
        </p>
      )}
      <label className="local-work-confirm">
        <input type="checkbox" checked={replace} onChange={(e) => onReplaceChange(e.target.checked)} />
        Replace the demo cases, including this work. A backup of the whole workspace is kept first.
      </label>
    </section>
  );
}

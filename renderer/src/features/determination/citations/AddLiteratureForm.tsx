import { useState, type FormEvent } from 'react';
import type { CatalogEntry } from '../../../../../shared/citations';
import { call } from '../../../api';
import { errorMessage } from '../../../../../shared/errorMessage';

interface Props {
  onAdded: (entry: CatalogEntry) => void;
  onClose: () => void;
}

const FIELDS = [
  { name: 'authors', label: 'Authors', required: true, hint: 'e.g. Hammouri QM, Haims AH, et al.' },
  { name: 'title', label: 'Title', required: true, hint: '' },
  { name: 'journal', label: 'Journal', required: true, hint: '' },
  { name: 'year', label: 'Year', required: true, hint: '' },
  { name: 'pmid', label: 'PMID', required: false, hint: 'optional' },
  { name: 'doi', label: 'DOI', required: false, hint: 'optional, e.g. 10.2214/AJR.06.1329' },
] as const;

/** Adds a peer-reviewed article to this workstation's catalog, so the picker can cite it. */
export function AddLiteratureForm({ onAdded, onClose }: Props) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    call('catalog.addLiterature', {
      authors: text('authors'),
      title: text('title'),
      journal: text('journal'),
      year: Number(text('year')),
      pmid: text('pmid') || null,
      doi: text('doi') || null,
    }).then(
      (entry) => {
        onAdded(entry);
        form.reset();
        setStatus({ ok: true, text: `Added. Type [[ and words of the title in a rationale to cite it.` });
      },
      (e: unknown) => setStatus({ ok: false, text: errorMessage(e) }),
    );
  };
  return (
    <section className="add-literature" aria-labelledby="add-literature-title">
      <div className="dialog-heading">
        <h3 id="add-literature-title">Add a peer-reviewed article</h3>
        <button type="button" className="tool-button" onClick={onClose} aria-label="Close the article form">
          ✕
        </button>
      </div>
      <form onSubmit={submit} className="literature-form">
        {FIELDS.map((f) => (
          <label key={f.name} className="literature-field">
            <span>
              {f.label}
              {f.hint && <span className="muted small"> ({f.hint})</span>}
            </span>
            <input
              name={f.name}
              required={f.required}
              inputMode={f.name === 'year' ? 'numeric' : undefined}
              autoComplete="off"
            />
          </label>
        ))}
        <button type="submit" className="primary-button">
          Add to catalog
        </button>
        {status && (
          <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'muted' : 'form-error'}>
            {status.text}
          </p>
        )}
      </form>
    </section>
  );
}

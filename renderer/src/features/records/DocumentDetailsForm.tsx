import { useEffect, useState } from 'react';
import { documentTypeSchema, type DocumentType } from '../../../../shared/domain';
import type { RecordDocument } from '../../../../shared/ipc';
import { call } from '../../api';
import { documentTypeLabel } from './documentTypeLabel';
import { errorMessage } from '../../../../shared/errorMessage';
import { ErrorBanner } from '../../components';

/** Correct what the import guessed: the letter's "documents reviewed" list prints these fields. */
export function DocumentDetailsForm({ doc, onSaved }: { doc: RecordDocument; onSaved: (doc: RecordDocument) => void }) {
  const [docType, setDocType] = useState<DocumentType>(doc.docType);
  const [provider, setProvider] = useState(doc.provider);
  const [serviceDate, setServiceDate] = useState(doc.serviceDate ?? '');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDocType(doc.docType);
    setProvider(doc.provider);
    setServiceDate(doc.serviceDate ?? '');
    setError(null);
  }, [doc]);
  const dirty = docType !== doc.docType || provider !== doc.provider || serviceDate !== (doc.serviceDate ?? '');
  const save = () =>
    call('records.updateDocument', { documentId: doc.id, docType, provider, serviceDate: serviceDate || null })
      .then(onSaved)
      .catch((e: unknown) => setError(errorMessage(e)));
  return (
    <details className="document-details">
      <summary>Details of “{doc.title}”</summary>
      <label>
        Type{' '}
        <select value={docType} onChange={(e) => setDocType(e.target.value as DocumentType)}>
          {documentTypeSchema.options.map((t) => (
            <option key={t} value={t}>
              {documentTypeLabel(t)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Provider <input value={provider} maxLength={200} onChange={(e) => setProvider(e.target.value)} />
      </label>
      <label>
        Date of service <input type="date" value={serviceDate} onChange={(e) => setServiceDate(e.target.value)} />
      </label>
      {error && <ErrorBanner message={error} />}
      <button type="button" disabled={!dirty} onClick={save}>
        Save details
      </button>
    </details>
  );
}

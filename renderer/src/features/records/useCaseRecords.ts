import { useCallback, useEffect, useState } from 'react';
import type { RecordDocument } from '../../../../shared/ipc';
import { call, onBackendEvent } from '../../api';
import { useLatestReply } from '../../components';
import { onWorkspaceEvent } from '../../events';
import { errorMessage } from '../../../../shared/errorMessage';

export interface RecordTarget {
  documentId: string;
  page: number;
  /** Words to highlight on the page (search hits). */
  terms?: string[];
  /** A literal passage to highlight (a quote). */
  phrase?: string;
  nonce: number;
}

export interface CaseRecords {
  caseId: string;
  documents: RecordDocument[];
  selected: RecordDocument | null;
  target: RecordTarget | null;
  error: string | null;
  select(documentId: string): void;
  openAt(target: Omit<RecordTarget, 'nonce'>): void;
  refresh(): void;
  markReviewed(documentId: string, reviewed: boolean): void;
  replace(doc: RecordDocument): void;
}

let nonce = 0;

/** The records side of a case workspace: its documents, the open one, and where to jump in it. */
export function useCaseRecords(caseId: string): CaseRecords {
  const [documents, setDocuments] = useState<RecordDocument[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [target, setTarget] = useState<RecordTarget | null>(null);
  const [error, setError] = useState<string | null>(null);
  const list = useLatestReply();

  // Called on open and after every import: the list from an earlier call must not replace a newer one.
  const refresh = useCallback(() => {
    void list.track(
      call('records.documents', { caseId }),
      (docs) => {
        setDocuments(docs);
        setSelectedId((current) => (current && docs.some((d) => d.id === current) ? current : (docs[0]?.id ?? null)));
      },
      (e) => setError(errorMessage(e)),
    );
  }, [caseId, list]);

  useEffect(() => {
    refresh();
    return list.drop;
  }, [refresh, list]);

  // Records that arrive or are indexed in the background (sync, an import in another window) show up by themselves.
  useEffect(
    () =>
      onBackendEvent((event) => {
        if (event.type === 'hello' || (event.type === 'records.changed' && event.caseId === caseId)) refresh();
      }),
    [caseId, refresh],
  );

  const openAt = useCallback((next: Omit<RecordTarget, 'nonce'>) => {
    setSelectedId(next.documentId);
    setTarget({ ...next, nonce: ++nonce });
  }, []);

  useEffect(
    () =>
      onWorkspaceEvent('openRecordAt', ({ documentId, page, highlight }) =>
        openAt(highlight ? { documentId, page, phrase: highlight } : { documentId, page }),
      ),
    [openAt],
  );

  const markReviewed = useCallback((documentId: string, reviewed: boolean) => {
    call('documents.setReviewed', { documentId, reviewed })
      .then((updated) =>
        setDocuments((docs) => docs.map((d) => (d.id === updated.id ? { ...d, reviewed: updated.reviewed } : d))),
      )
      .catch((e: unknown) => setError(errorMessage(e)));
  }, []);

  const replace = useCallback(
    (doc: RecordDocument) => setDocuments((docs) => docs.map((d) => (d.id === doc.id ? doc : d))),
    [],
  );
  const select = useCallback((documentId: string) => {
    setSelectedId(documentId);
    setTarget(null);
  }, []);

  return {
    caseId,
    documents,
    selected: documents.find((d) => d.id === selectedId) ?? null,
    target,
    error,
    select,
    openAt,
    refresh,
    markReviewed,
    replace,
  };
}

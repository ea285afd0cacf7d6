import { randomUUID } from 'node:crypto';
import { generateDemoWorkspace } from './generateDemoWorkspace';
import {
  deleteAllCases,
  insertCase,
  insertDocument,
  insertItem,
  insertPages,
  listSnippetRows,
  upsertIndexState,
  upsertSnippetRow,
} from '../db';
import { demoSnippets } from './demoSnippets';

import { EXTRACTOR } from '../records';
import { readWorkspaceKind, type Workspace } from '../workspace';

import { AppError } from '../../../shared/ipc';

/** Fills an empty workspace with the generated demo cases and their page index; files first, then every row in one transaction. */
export async function seedDemoWorkspace(ws: Workspace): Promise<number> {
  const demo = await generateDemoWorkspace({ today: ws.clock.today(), seed: 1 });
  const stored = demo.cases.map((c) => c.documents.map((d) => ws.store.put(d.pdf)));
  const at = ws.clock.now().toISOString();
  ws.db.transaction(() => {
    demo.cases.forEach((c, caseIndex) => {
      const caseId = randomUUID();
      const { items, documents, ...record } = c;
      insertCase(ws.db, { ...record, id: caseId, status: 'assigned', updatedAt: at });
      items.forEach((item, position) => insertItem(ws.db, { ...item, id: randomUUID(), caseId, position }));
      documents.forEach((doc, docIndex) => {
        const blob = stored[caseIndex]?.[docIndex];
        if (!blob) throw new Error('A demo record file was not stored');
        const documentId = randomUUID();
        insertDocument(ws.db, {
          id: documentId,
          caseId,
          title: doc.title,
          docType: doc.docType,
          provider: doc.provider,
          serviceDate: doc.serviceDate,
          sha256: blob.sha256,
          pageCount: doc.pages.length,
          mimeType: 'application/pdf',
          sizeBytes: blob.size,
          fileLocation: blob.location,
          reviewed: false,
          importedAt: at,
        });
        // The generator knows each page's text exactly as pdf.js extracts it, so the demo is searchable at once.
        insertPages(
          ws.db,
          documentId,
          caseId,
          doc.pages.map((text, i) => ({ page: i + 1, text })),
        );
        upsertIndexState(ws.db, {
          documentId,
          textPages: doc.pages.length,
          scannedPages: 0,
          extractor: EXTRACTOR,
          indexedAt: at,
        });
      });
    });
    // A new workspace starts with a few snippets to show how they work; a reviewer's own library is never touched.
    if (listSnippetRows(ws.db).length === 0) {
      for (const snippet of demoSnippets()) {
        upsertSnippetRow(ws.db, {
          id: randomUUID(),
          title: snippet.title,
          keywords: snippet.keywords,
          body_json: JSON.stringify(snippet.body),
          created_at: at,
          updated_at: at,
        });
      }
    }
  })();
  ws.log.info('Created the demo workspace', { cases: demo.cases.length });
  return demo.cases.length;
}

export async function resetDemoWorkspace(ws: Workspace): Promise<number> {
  if (readWorkspaceKind(ws.db) === 'synced') {
    throw new AppError(
      'CONFLICT',
      'This workspace is connected to a sync server: resetting the demo would discard your assigned cases. Sign out of sync first if you really want the demo.',
    );
  }
  ws.db.transaction(() => deleteAllCases(ws.db))();
  return seedDemoWorkspace(ws);
}

import type { DemoCaseDraft } from './demoCaseDraft';
import type { DemoCase, DemoDocument } from './demoWorkspace';
import { renderRecordPdf } from './renderRecordPdf';

export async function renderDemoCase(draft: DemoCaseDraft): Promise<DemoCase> {
  const documents: DemoDocument[] = [];
  for (const doc of draft.documents) {
    const { pages, pdf } = await renderRecordPdf({
      provider: `${doc.provider} - ${doc.organization}`,
      title: doc.title,
      dateLine: doc.dateLine,
      patientLine: draft.patientLine,
      sections: doc.sections,
      fileDate: new Date(`${doc.serviceDate ?? draft.record.receivedDate}T12:00:00Z`),
    });
    documents.push({
      title: doc.title,
      docType: doc.docType,
      provider: doc.provider,
      serviceDate: doc.serviceDate,
      pages,
      pdf,
    });
  }
  return { ...draft.record, documents };
}

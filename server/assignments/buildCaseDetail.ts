import { caseDetailSchema, type CaseDetail } from '../../shared/domain';
import type { BlobInfo } from '../storage';
import type { LoadedCaseFolder } from './readCaseFolder';

/** The snapshot a reviewer receives. Item and document ids are derived, so re-sending a case keeps them stable. */
export function buildCaseDetail(
  caseId: string,
  folder: LoadedCaseFolder,
  stored: readonly BlobInfo[],
  nowIso: string,
): CaseDetail {
  const { caseFile, files } = folder;
  return caseDetailSchema.parse({
    case: { ...caseFile.case, id: caseId, status: 'assigned', updatedAt: nowIso },
    items: caseFile.items.map((item, position) => ({
      ...item,
      id: `${caseId}-item-${position + 1}`,
      caseId,
      position,
    })),
    documents: caseFile.documents.map((doc, index) => {
      const file = stored[index];
      const meta = files[index];
      if (!file || !meta) throw new Error('Every listed document must have been stored before building the snapshot.');
      return {
        id: `${caseId}-doc-${file.sha256.slice(0, 16)}`,
        caseId,
        title: doc.title,
        docType: doc.docType,
        provider: doc.provider,
        serviceDate: doc.serviceDate,
        sha256: file.sha256,
        pageCount: meta.pageCount,
        mimeType: meta.mimeType,
        sizeBytes: file.sizeBytes,
        reviewed: false,
        importedAt: nowIso,
      };
    }),
  });
}

import type { SigningKeyAccess } from '../signingIdentity';
import {
  createOcrQueue,
  createRecordJobs,
  createUploadStaging,
  indexNewRecords,
  type ImportLimits,
  type OcrQueue,
  type OcrQueueOptions,
  type RecordJobs,
  type UploadStaging,
} from '../records';

import { createAnalysisQueue, type AnalysisQueue, type AnalysisQueueOptions } from '../recordAnalysis';

import { createSyncEngine, type SyncEngine, type SyncOptions } from '../sync';

import type { Workspace } from '../workspace';

export interface ServiceSettings {
  signingKeys: SigningKeyAccess;
  importLimits: ImportLimits;
  syncOptions: Partial<SyncOptions>;
  analysisOptions?: Partial<AnalysisQueueOptions>;
  ocr: OcrQueueOptions;
}

/** Everything the handlers of one open workspace use; built when it opens, disposed when it locks or closes. */
export interface WorkspaceServices {
  readonly ws: Workspace;
  /** Import and re-index jobs (worker threads). */
  readonly recordJobs: RecordJobs;
  /** Background OCR of pages without usable text (its own low-priority worker pool); resumes where it stopped. */
  readonly ocr: OcrQueue;
  /** Record files the window is uploading, held in memory until an import takes them. */
  readonly uploads: UploadStaging;
  /** The workspace's one sync engine: the handlers, the background scheduler and the command line share it. */
  readonly sync: SyncEngine;
  readonly signingKeys: SigningKeyAccess;
  /** Encounters, duplicates and the chronology, analyzed in the background after imports, syncs and re-indexing. */
  readonly analysis: AnalysisQueue;
  dispose(): Promise<void>;
}

/** The one place a workspace's services are built and wired to each other. */
export function createWorkspaceServices(ws: Workspace, settings: ServiceSettings): WorkspaceServices {
  const analysis = createAnalysisQueue(ws, settings.analysisOptions);
  const ocr = createOcrQueue(ws, { ...settings.ocr, documentRead: (caseId) => analysis.request(caseId) });
  const recordJobs = createRecordJobs(ws, settings.importLimits, {
    indexed: (documentId) => ocr.enqueue(documentId, 'import'),
    afterJob: (caseIds) => caseIds.forEach((caseId) => analysis.request(caseId)),
  });
  // Cases whose records changed while no window was open (a new demo, an upgrade) are analyzed now.
  analysis.requestStale();
  const uploads = createUploadStaging(settings.importLimits);
  const sync = createSyncEngine(ws, {
    options: settings.syncOptions,
    afterRun: (summary) => {
      if (summary.recordsDownloaded > 0) indexNewRecords(ws, recordJobs);
    },
  });
  // Records indexed by an older version of the text reader are re-read once (their pages may need OCR).
  if (settings.ocr.autoStart) indexNewRecords(ws, recordJobs);
  return {
    ws,
    recordJobs,
    ocr,
    uploads,
    sync,
    signingKeys: settings.signingKeys,
    analysis,
    dispose: async () => {
      analysis.dispose();
      await Promise.all([recordJobs.cancelAll(), ocr.dispose()]);
    },
  };
}

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

import { adoptServerAuditHead, type AuditAnchorStore } from '../audit';
import { findDocument, type Db, type KeyProvider } from '../db';
import type { EmitEvent } from '../events';
import { createAnalysisQueue, type AnalysisQueue, type AnalysisQueueOptions } from '../recordAnalysis';
import { createSyncEngine, type SyncEngine, type SyncOptions } from '../sync';

import { requireProtectedKey } from '../session';
import { readWorkspaceKind, type Workspace } from '../workspace';

export interface ServiceSettings {
  signingKeys: SigningKeyAccess;
  importLimits: ImportLimits;
  syncOptions: Partial<SyncOptions>;
  analysisOptions?: Partial<AnalysisQueueOptions>;
  ocr: OcrQueueOptions;
  /** How the workspace key is kept now (it changes when a passphrase is turned on). */
  keyKind: () => KeyProvider['kind'];
  /** Where the audit head is anchored outside the workspace, and anchoring it now; null without an anchor. */
  auditAnchors: AuditAnchorStore | null;
  anchorAudit: (force: boolean) => void;
  /** A command that lasts a moment: the background scans of a workspace's records (stale analysis) are skipped. */
  brief?: boolean;
  /** Opened read-only because another process holds the workspace: nothing may be repaired or deleted. */
  readOnly: boolean;
  /**
   * How long after opening the workspace its catching up starts (OCR left pending, records an older version read,
   * cases to analyze): the window's first screen comes first. 0 starts it at once.
   */
  catchUpDelayMs?: number;
  /** Files and folders made owner-only when the back end started. */
  repairedAtStart: number;
  /** A backup of this workspace opened read-only with its key (doctor reads what backups still refer to). */
  openBackup: (file: string) => Db;
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
  /** Tells the window about changes it did not ask for (see shared/ipc/backendEvents.ts). */
  readonly events: EmitEvent;
  /**
   * Refuses `action` while the key is guarded by nothing but the folder (the demo key file). Importing into the demo
   * workspace stays possible; signing in, syncing and importing into a synced workspace do not.
   */
  requireProtectedKey(action: string, options?: { demoAllowed?: boolean }): void;
  readonly auditAnchors: AuditAnchorStore | null;
  anchorAudit(force: boolean): void;
  readonly settings: ServiceSettings;
  dispose(): Promise<void>;
}

/** The one place a workspace's services are built and wired to each other. */
export function createWorkspaceServices(
  ws: Workspace,
  settings: ServiceSettings,
  events: EmitEvent = () => undefined,
): WorkspaceServices {
  const recordsChanged = (documentId: string) => {
    const doc = ws.db.open ? findDocument(ws.db, documentId) : null;
    if (doc) events({ type: 'records.changed', caseId: doc.caseId, documentIds: [documentId] });
  };
  const analysis = createAnalysisQueue(ws, {
    ...settings.analysisOptions,
    findStale: !settings.readOnly && !settings.brief,
  });
  const ocr = createOcrQueue(ws, {
    ...settings.ocr,
    documentRead: (caseId, documentId) => {
      analysis.request(caseId);
      recordsChanged(documentId);
    },
  });
  const recordJobs = createRecordJobs(ws, settings.importLimits, {
    indexed: (documentId) => ocr.enqueue(documentId, 'import'),
    afterJob: (caseIds) => caseIds.forEach((caseId) => analysis.request(caseId)),
    committed: recordsChanged,
  });
  const uploads = createUploadStaging(settings.importLimits);
  const requireProtected: WorkspaceServices['requireProtectedKey'] = (action, options = {}) => {
    if (options.demoAllowed && readWorkspaceKind(ws.db) === 'demo') return;
    requireProtectedKey(settings.keyKind(), action);
  };
  const sync = createSyncEngine(ws, {
    options: settings.syncOptions,
    afterRun: (summary) => {
      if (summary.recordsDownloaded > 0) indexNewRecords(ws, recordJobs);
    },
    onEvent: events,
    beforeRun: () => requireProtected('sync with the server'),
    serverSawAuditHead: (value) => {
      if (settings.auditAnchors && adoptServerAuditHead(ws.db, settings.auditAnchors, value))
        settings.anchorAudit(false);
    },
  });
  let disposed = false;
  const catchUp = () => {
    if (disposed || !ws.db.open) return;
    ocr.catchUp();
    // Records indexed by an older version of the text reader are re-read once (their pages may need OCR).
    if (settings.ocr.autoStart) indexNewRecords(ws, recordJobs);
    // Open cases whose records changed while no window was open (a new demo, an upgrade) are analyzed now; a closed
    // one when it is opened.
    analysis.requestStale();
  };
  const catchUpTimer = (settings.catchUpDelayMs ?? 0) > 0 ? setTimeout(catchUp, settings.catchUpDelayMs).unref() : null;
  if (!catchUpTimer) catchUp();
  return {
    ws,
    recordJobs,
    ocr,
    uploads,
    sync,
    signingKeys: settings.signingKeys,
    analysis,
    events,
    requireProtectedKey: requireProtected,
    auditAnchors: settings.auditAnchors,
    anchorAudit: settings.anchorAudit,
    settings,
    dispose: async () => {
      disposed = true;
      if (catchUpTimer) clearTimeout(catchUpTimer);
      analysis.dispose();
      await Promise.all([recordJobs.cancelAll(), ocr.dispose()]);
    },
  };
}

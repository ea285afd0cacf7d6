import { z } from 'zod';
import { defineMethod } from '../defineMethod';

export const syncFlagSchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  kind: z.enum(['withdrawn', 'reassigned', 'removed']),
  /** In words, for the banner: why the case ended and that the local draft was kept. */
  message: z.string(),
  flaggedAt: z.string(),
});
export type SyncFlag = z.infer<typeof syncFlagSchema>;

export const syncReceiptSchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  receiptId: z.string(),
  receivedAt: z.string(),
  determinationVersion: z.number().int(),
});
export type SyncReceipt = z.infer<typeof syncReceiptSchema>;

export const syncProblemSchema = z.object({
  caseNumber: z.string(),
  message: z.string(),
});

export const syncRunSummarySchema = z.object({
  startedAt: z.string(),
  finishedAt: z.string(),
  uploaded: z.number().int(),
  casesUpdated: z.number().int(),
  casesRemoved: z.number().int(),
  casesFlagged: z.number().int(),
  recordsDownloaded: z.number().int(),
  fullResync: z.boolean(),
});
export type SyncRunSummary = z.infer<typeof syncRunSummarySchema>;

export const syncStatusSchema = z.object({
  /** A server address is saved (the workspace syncs); false for the demo workspace. */
  configured: z.boolean(),
  serverUrl: z.string().nullable(),
  reviewer: z.object({ reviewerId: z.string(), displayName: z.string() }).nullable(),
  /** The server refused the saved sign-in (401/403): sync waits until the reviewer signs in again. */
  needsSignIn: z.boolean(),
  running: z.boolean(),
  lastSyncAt: z.string().nullable(),
  pendingUploads: z.number().int().min(0),
  downloads: z.object({ done: z.number().int(), total: z.number().int(), bytes: z.number().int() }).nullable(),
  lastError: z.object({ code: z.string(), message: z.string(), at: z.string() }).nullable(),
  lastRun: syncRunSummarySchema.nullable(),
  /** Set when the fail-safe stopped an update that removes many local cases or one with unsent work; nothing was applied. */
  failSafe: z
    .object({ removals: z.number().int(), localCases: z.number().int(), casesWithUnsentWork: z.array(z.string()) })
    .nullable(),
  /** Uploads the server refused for good (kept locally, not retried). */
  uploadProblems: z.array(syncProblemSchema),
  flaggedCases: z.array(syncFlagSchema),
  recentReceipts: z.array(syncReceiptSchema),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

/** A local case holding the reviewer's own work: what signing in to a server would replace with the assigned cases. */
export const localWorkSchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  /** Signed versions the server never received. */
  signedNotUploaded: z.number().int().min(0),
  /** The reviewer edited the determination (summary, decisions, rationales). */
  editedDraft: z.boolean(),
  /** Record files the reviewer imported into the case. */
  importedDocuments: z.number().int().min(0),
});
export type LocalWork = z.infer<typeof localWorkSchema>;

const empty = z.object({}).strict();

export const syncContract = {
  'sync.status': defineMethod({
    summary: 'Last sync, pending uploads, download progress, last error in words, server and signed-in reviewer',
    input: empty,
    output: syncStatusSchema,
  }),
  'sync.run': defineMethod({
    summary:
      'Upload signed determinations, then download assignment changes and records (joins a sync already running)',
    input: z
      .object({
        /** Apply a server update that the fail-safe stopped because it removes many local cases (cases with work are kept and flagged). */
        acceptRemovals: z.boolean().optional(),
      })
      .strict(),
    output: syncStatusSchema,
  }),
  'sync.configure': defineMethod({
    summary: 'Sign in: check the server address and token with GET /v1/me, then save them',
    input: z
      .object({
        serverUrl: z.string().trim().min(1).max(500),
        token: z.string().trim().min(8).max(500),
        /**
         * Signing in replaces the demo cases. When they hold the reviewer's work (sync.localWork) it is refused unless
         * this is true; the whole workspace is backed up before anything is replaced, either way.
         */
        replaceLocalWork: z.boolean().optional(),
      })
      .strict(),
    output: syncStatusSchema.extend({
      /** The demo cases were replaced: how many, and the verified backup of the workspace taken just before. */
      replacedDemo: z.object({ cases: z.number().int(), backup: z.string() }).nullable(),
    }),
  }),
  'sync.localWork': defineMethod({
    summary:
      'The demo cases holding your own work (signed but not uploaded, edited, imported records) that signing in would replace',
    input: empty,
    output: z.array(localWorkSchema),
  }),
  'sync.exportLocalWork': defineMethod({
    summary:
      'Write that work, in clear, into a new or empty folder: each signed package (verifiable) and each draft (JSON and text)',
    input: z.object({ targetDir: z.string().trim().min(1).max(1000) }).strict(),
    output: z.object({ dir: z.string(), packages: z.number().int(), drafts: z.number().int() }),
  }),
  'sync.signOut': defineMethod({
    summary: 'Forget the saved token (local cases and drafts stay)',
    input: empty,
    output: syncStatusSchema,
  }),
} as const;

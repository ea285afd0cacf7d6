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

const signInOutputSchema = syncStatusSchema.extend({
  /** The demo cases were replaced: how many, and the verified backup of the workspace taken just before. */
  replacedDemo: z.object({ cases: z.number().int(), backup: z.string() }).nullable(),
});

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
/** The reviewer's signing certificate, which the IMR organisation's server must know before it accepts uploads. */
export const syncCertificateSchema = z.object({
  reviewerId: z.string(),
  /** Null until a signing identity exists (it is made at the first signature, or at sign-in with an enrolment code). */
  certificate: z
    .object({
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      /** The SHA-256 in colon-separated pairs of upper-case hex, as certificate viewers show it. */
      fingerprint: z.string(),
      pem: z.string().max(20_000),
      notAfter: z.string(),
    })
    .nullable(),
  /** How a new signing key would be sealed: 'passphrase' means enrolling without a certificate asks for one. */
  protection: z.enum(['passphrase', 'os']),
});
export type SyncCertificate = z.infer<typeof syncCertificateSchema>;

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
    output: signInOutputSchema,
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
  'sync.enrol': defineMethod({
    summary:
      "Sign in with a one-time enrolment code: the server registers this reviewer's signing certificate (made now if there is none) and issues a token",
    input: z
      .object({
        serverUrl: z.string().trim().min(1).max(500),
        code: z.string().trim().min(12).max(40),
        /** Seals a new signing key; needed only when there is no certificate yet and keys are sealed by passphrase. */
        passphrase: z.string().min(1).max(1024).optional(),
        /** As for sync.configure: checked before the code is spent, so a refusal does not use it up. */
        replaceLocalWork: z.boolean().optional(),
      })
      .strict(),
    output: signInOutputSchema,
  }),
  'sync.certificate': defineMethod({
    summary: "The reviewer's signing certificate (fingerprint and PEM) to give the IMR organisation",
    input: empty,
    output: syncCertificateSchema,
  }),
  'sync.signOut': defineMethod({
    summary: 'Forget the saved token (local cases and drafts stay)',
    input: empty,
    output: syncStatusSchema,
  }),
} as const;

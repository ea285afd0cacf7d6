import { z } from 'zod';
import { defineMethod } from '../defineMethod';

const idSchema = z.string().min(1).max(100);
const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

/** A letter PDF is tens of kilobytes; the bound keeps a runaway render from flooding the transport. */
export const MAX_PREVIEW_PDF_BYTES = 15_000_000;

export const letterPreviewSchema = z.object({
  pdfBase64: z.string().max(Math.ceil(MAX_PREVIEW_PDF_BYTES / 3) * 4),
  sizeBytes: z.number().int().min(0),
  sha256: sha256Schema,
  /** The draft revision the letter was rendered from. */
  revision: z.number().int(),
  decisionDate: z.string(),
  /** Set when the determination is signed: the bytes are the signed letter from its package, not a re-render. */
  signedVersion: z.number().int().min(1).nullable(),
});
export type LetterPreview = z.infer<typeof letterPreviewSchema>;

export const signedVersionSchema = z.object({
  version: z.number().int().min(1),
  supersedesVersion: z.number().int().min(1).nullable(),
  packageDir: z.string(),
  manifestSha256: sha256Schema,
  letterSha256: sha256Schema,
  reviewerId: z.string(),
  signedAt: z.string(),
});
export type SignedVersion = z.infer<typeof signedVersionSchema>;

export const signingStateSchema = z.object({
  locked: z.boolean(),
  /** The version the open draft is (or, when locked, was signed as). */
  draftVersion: z.number().int().min(1),
  supersedesVersion: z.number().int().min(1).nullable(),
  /** Newest first. */
  signed: z.array(signedVersionSchema),
  identity: z.object({
    exists: z.boolean(),
    /** 'passphrase': the reviewer types it at signing; 'os': the operating system's keychain unlocks it. */
    protection: z.enum(['passphrase', 'os']),
  }),
});
export type SigningState = z.infer<typeof signingStateSchema>;

/** A certificate whose signed packages `verify` accepts as from a known signer. */
export const trustedSignerSchema = z.object({
  certificateSha256: sha256Schema,
  /** The certificate's subject CN (a reviewer ID), or '' when only the fingerprint was given. */
  subject: z.string(),
  /** own: this workspace's signing identity; added: trusted here by hand. */
  source: z.enum(['own', 'added']),
  note: z.string(),
  addedAt: z.string().nullable(),
});
export type TrustedSigner = z.infer<typeof trustedSignerSchema>;

export const signingContract = {
  'letter.preview': defineMethod({
    summary:
      'The Final Determination Letter as PDF bytes (base64): rendered from the stored draft, or the signed letter once signed',
    input: z.object({ caseId: idSchema }).strict(),
    output: letterPreviewSchema,
  }),
  'determinations.sign': defineMethod({
    summary:
      'Sign the determination when no check blocks it: letter PDF signed, package written, draft locked, upload queued',
    input: z.object({ caseId: idSchema, passphrase: z.string().min(1).max(1024).optional() }).strict(),
    output: signedVersionSchema,
  }),
  'determinations.newVersion': defineMethod({
    summary:
      'Unlock a signed determination into a new draft version that supersedes it; the signed package stays untouched',
    input: z.object({ caseId: idSchema }).strict(),
    output: z.object({ version: z.number().int().min(2), supersedesVersion: z.number().int().min(1) }),
  }),
  'determinations.exportPackage': defineMethod({
    summary:
      "Write the case's latest signed package, in clear and byte-identical to what was signed, into a new or empty folder",
    input: z.object({ caseId: idSchema, targetDir: z.string().min(1).max(4096) }).strict(),
    output: z.object({
      caseNumber: z.string(),
      version: z.number().int().min(1),
      dir: z.string(),
      manifestSha256: z.string(),
    }),
  }),
  'determinations.packageArchive': defineMethod({
    summary:
      "The case's latest signed package as a zip (the five files byte-identical to what was signed), for a download",
    input: z.object({ caseId: idSchema }).strict(),
    output: z.object({
      fileName: z.string(),
      zipBase64: z.string().max(Math.ceil((2 * MAX_PREVIEW_PDF_BYTES) / 3) * 4),
      version: z.number().int().min(1),
      manifestSha256: sha256Schema,
    }),
  }),
  'letter.recordSaved': defineMethod({
    summary: 'Note in the audit trail that the reviewer saved or printed the letter shown in the preview',
    input: z.object({ caseId: idSchema, sha256: sha256Schema, as: z.enum(['pdf', 'print']) }).strict(),
    output: z.object({ recorded: z.boolean() }),
  }),
  'determinations.signedVersions': defineMethod({
    summary:
      "The case's signed versions (package, hashes, time), the open draft's version and the signing identity's state",
    input: z.object({ caseId: idSchema }).strict(),
    output: signingStateSchema,
  }),
  'signing.trustedSigners': defineMethod({
    summary: "The workspace's trust store for verify: its own signing certificates and those trusted by hand",
    input: z.object({}).strict(),
    output: z.array(trustedSignerSchema),
  }),
  'signing.trustSigner': defineMethod({
    summary:
      'Trust a signer for verify: a certificate (PEM) or its SHA-256, checked with the signer or the IMR organisation first',
    input: z
      .object({
        certificate: z.string().trim().min(64).max(20_000),
        note: z.string().trim().max(200).optional(),
      })
      .strict(),
    output: trustedSignerSchema,
  }),
  'signing.untrustSigner': defineMethod({
    summary: 'Stop trusting a certificate added by hand (by its SHA-256)',
    input: z.object({ certificateSha256: sha256Schema }).strict(),
    output: z.object({ removed: z.boolean() }),
  }),
} as const;

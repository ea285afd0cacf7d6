import { z } from 'zod';

/**
 * A signed determination package is a folder (or the same files carried in one JSON body by sync):
 *   letter.pdf          the Final Determination Letter with an embedded PDF signature
 *   determination.json  the structured determination that produced the letter
 *   certificate.pem     the reviewer's pseudonymous signing certificate (subject = reviewer ID)
 *   manifest.json       PackageManifest below
 *   manifest.sig        detached CMS signature (DER, base64 text) over the exact bytes of manifest.json
 */
export const PACKAGE_FORMAT = 'imr-determination-package/1';
export const PACKAGE_FILE_NAMES = ['letter.pdf', 'determination.json', 'certificate.pem'] as const;
export type PackageFileName = (typeof PACKAGE_FILE_NAMES)[number];

export const packageManifestSchema = z.object({
  format: z.literal(PACKAGE_FORMAT),
  caseId: z.string().min(1),
  caseNumber: z.string().regex(/^CM\d{2}-\d{7}$/),
  determinationVersion: z.number().int().min(1),
  supersedesVersion: z.number().int().min(1).nullable(),
  reviewerId: z.string().min(1).max(100),
  signedAt: z.string(),
  /**
   * The head of the signing workspace's audit trail just before signing. Signed with the manifest, so every receipt the
   * sync server issues for the package anchors that head outside the reviewer's computer.
   */
  auditHead: z
    .object({ id: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/) })
    .strict()
    .optional(),
  files: z
    .array(
      z.object({
        name: z.enum(PACKAGE_FILE_NAMES),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        size: z.number().int().min(0),
      }),
    )
    .length(PACKAGE_FILE_NAMES.length),
});
export type PackageManifest = z.infer<typeof packageManifestSchema>;

/** The same package carried in one body: every file base64-encoded, manifest bytes verbatim. */
export const packageTransportSchema = z.object({
  manifestJson: z.string().min(2).max(100_000),
  manifestSig: z.string().min(16).max(100_000),
  files: z.object({
    'letter.pdf': z.string().max(40_000_000),
    'determination.json': z.string().max(20_000_000),
    'certificate.pem': z.string().max(100_000),
  }),
});
export type PackageTransport = z.infer<typeof packageTransportSchema>;

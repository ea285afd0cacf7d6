import { createHash, X509Certificate } from 'node:crypto';
import {
  PACKAGE_FORMAT,
  packageManifestSchema,
  type Determination,
  type PackageFileName,
  type PackageManifest,
} from '../../../shared/domain';

import { AppError } from '../../../shared/ipc';
import { createCmsSignature, verifyCmsSignature } from '../cms';
import { extractPdfSignature } from './extractPdfSignature';
import type { SigningIdentity } from '../signingIdentity';

export interface SignedPackage {
  files: Record<PackageFileName, Buffer>;
  manifestJson: Buffer;
  /** Base64 text of the detached DER CMS signature over manifestJson. */
  manifestSig: Buffer;
}

export interface BuildSignedPackageInput {
  /** The letter already signed with the same identity (signLetterPdf). */
  letterPdf: Buffer;
  determination: Determination;
  manifest: Pick<
    PackageManifest,
    'caseId' | 'caseNumber' | 'determinationVersion' | 'supersedesVersion' | 'signedAt' | 'auditHead'
  >;
  identity: SigningIdentity;
}

/** The package the IMRO receives: three files, a manifest of their hashes and sizes, and the reviewer's signature over the manifest. */
export function buildSignedPackage(input: BuildSignedPackageInput): SignedPackage {
  const { identity } = input;
  const embedded = extractPdfSignature(input.letterPdf);
  const signedByIdentity =
    embedded.ok &&
    verifyCmsSignature(
      embedded.signature.cms,
      embedded.signature.signedContent,
      new X509Certificate(identity.certificateDer),
    ).ok;
  if (!signedByIdentity) {
    throw new AppError(
      'INVALID_INPUT',
      'The letter PDF is not signed with your signing identity. Sign the letter, then build the package.',
    );
  }
  const files: Record<PackageFileName, Buffer> = {
    'letter.pdf': input.letterPdf,
    'determination.json': Buffer.from(JSON.stringify(input.determination, null, 2), 'utf8'),
    'certificate.pem': Buffer.from(identity.certificatePem, 'utf8'),
  };
  const parsed = packageManifestSchema.safeParse({
    format: PACKAGE_FORMAT,
    ...input.manifest,
    reviewerId: identity.reviewerId,
    files: (Object.keys(files) as PackageFileName[]).map((name) => ({
      name,
      sha256: createHash('sha256').update(files[name]).digest('hex'),
      size: files[name].length,
    })),
  });
  if (!parsed.success) {
    throw new AppError(
      'INVALID_INPUT',
      `The package manifest is invalid: ${parsed.error.issues[0]?.message ?? 'unknown problem'}.`,
    );
  }
  const manifestJson = Buffer.from(JSON.stringify(parsed.data, null, 2), 'utf8');
  const signature = createCmsSignature(manifestJson, {
    certificateDer: identity.certificateDer,
    privateKey: identity.privateKey,
  });
  return { files, manifestJson, manifestSig: Buffer.from(signature.toString('base64'), 'ascii') };
}

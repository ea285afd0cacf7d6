import { createHash, X509Certificate } from 'node:crypto';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import {
  PACKAGE_FILE_NAMES,
  packageManifestSchema,
  type PackageFileName,
  type PackageManifest,
} from '../../../shared/domain';
import { commonNameOf, verifyCmsSignature, type CmsCheck } from '../cms';
import { extractPdfSignature } from './extractPdfSignature';
import type { PackageFiles } from './packageFiles';

export type { PackageFiles } from './packageFiles';

export interface PackageProblem {
  /** The file at fault: letter.pdf, determination.json, certificate.pem, manifest.json or manifest.sig. */
  file: string;
  code: string;
  message: string;
}

export interface PackageVerdict {
  valid: boolean;
  problems: PackageProblem[];
  manifest: PackageManifest | null;
  certificateSha256: string | null;
  signerId: string | null;
}

export interface VerifyPackageOptions {
  /** When given, the certificate must be one of these (SHA-256 of its DER, hex): a package re-signed with another key fails. */
  trustedCertificateSha256?: readonly string[];
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Checks a signed determination package: manifest schema, each file's hash and size, the manifest's CMS signature
 * against certificate.pem, and the letter's embedded PDF signature by the same certificate. Every problem names its file.
 */
export async function verifyPackageFiles(
  files: PackageFiles,
  options: VerifyPackageOptions = {},
): Promise<PackageVerdict> {
  const problems: PackageProblem[] = [];
  const problem = (file: string, code: string, message: string) => problems.push({ file, code, message });

  const manifest = parseManifest(files.manifestJson, problem);
  const matchesManifest = (name: PackageFileName) => {
    const entry = manifest?.files.find((f) => f.name === name);
    return entry === undefined || (files[name].length === entry.size && sha256(files[name]) === entry.sha256);
  };
  const fileChanged = (name: PackageFileName) =>
    problem(
      name,
      'FILE_CHANGED',
      `${name} does not match the SHA-256 and size in manifest.json: it was changed after signing.`,
    );

  const certificate = readCertificate(files['certificate.pem']);
  const signature = certificate ? manifestSignatureCheck(files, certificate) : null;
  // Signed attributes that verify but hash to another manifest prove manifest.json changed, and only it: it vouches for nothing else.
  const manifestChanged = signature?.ok === false && signature.reason === 'DIGEST_MISMATCH';
  const certificateChanged = !manifestChanged && !matchesManifest('certificate.pem');
  if (manifestChanged) problem('manifest.json', 'MANIFEST_CHANGED', 'manifest.json was changed after it was signed.');
  else {
    if (certificateChanged) fileChanged('certificate.pem');
    else if (certificate === null)
      problem('certificate.pem', 'CERTIFICATE_INVALID', 'certificate.pem is not a readable X.509 certificate.');
    else if (signature?.ok === false)
      problem(
        'manifest.sig',
        'MANIFEST_SIGNATURE_INVALID',
        `manifest.sig does not verify with certificate.pem: ${signature.detail}.`,
      );
    for (const name of ['letter.pdf', 'determination.json'] as const) if (!matchesManifest(name)) fileChanged(name);
  }
  const signerId = certificate ? commonNameOf(certificate) : null;
  if (certificate && !certificateChanged) {
    checkLetterSignature(files['letter.pdf'], certificate, problem);
    checkCertificate(certificate, signerId, manifestChanged ? null : manifest, options, problem);
  }
  if (!manifestChanged && matchesManifest('determination.json'))
    checkDetermination(files['determination.json'], manifest, problem);

  return {
    valid: problems.length === 0,
    problems,
    manifest,
    certificateSha256: certificate ? sha256(certificate.raw) : null,
    signerId,
  };
}

function readCertificate(pem: Buffer): X509Certificate | null {
  try {
    return new X509Certificate(pem);
  } catch {
    return null;
  }
}

type Report = (file: string, code: string, message: string) => void;

function parseManifest(bytes: Buffer, problem: Report): PackageManifest | null {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    problem('manifest.json', 'MANIFEST_INVALID', 'manifest.json is not JSON.');
    return null;
  }
  const parsed = packageManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    problem(
      'manifest.json',
      'MANIFEST_INVALID',
      `manifest.json does not follow the package format: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(),
    );
    return null;
  }
  const names = new Set(parsed.data.files.map((f) => f.name));
  if (PACKAGE_FILE_NAMES.some((name) => !names.has(name))) {
    problem(
      'manifest.json',
      'MANIFEST_INVALID',
      `manifest.json must list each of ${PACKAGE_FILE_NAMES.join(', ')} once.`,
    );
    return null;
  }
  return parsed.data;
}

function manifestSignatureCheck(files: PackageFiles, certificate: X509Certificate): CmsCheck {
  const text = files.manifestSig.toString('ascii').trim();
  const der = Buffer.from(text, 'base64');
  // Canonical base64 only: otherwise a changed character can decode to the same bytes.
  if (der.toString('base64') !== text)
    return { ok: false, reason: 'MALFORMED', detail: 'it is not canonical base64 text' };
  return verifyCmsSignature(der, files.manifestJson, certificate);
}

function checkLetterSignature(pdf: Buffer, certificate: X509Certificate, problem: Report): void {
  const extracted = extractPdfSignature(pdf);
  if (!extracted.ok) {
    problem('letter.pdf', extracted.code, extracted.message);
    return;
  }
  const { cms, signedContent, subFilter } = extracted.signature;
  if (subFilter !== SUBFILTER_ETSI_CADES_DETACHED) {
    problem(
      'letter.pdf',
      'PDF_SIGNATURE_FORMAT',
      `letter.pdf's signature is ${subFilter ?? 'of no stated type'}, not ${SUBFILTER_ETSI_CADES_DETACHED}.`,
    );
  }
  const check = verifyCmsSignature(cms, signedContent, certificate);
  if (check.ok) return;
  const code = {
    MALFORMED: 'PDF_SIGNATURE_MALFORMED',
    WRONG_SIGNER: 'PDF_SIGNER_MISMATCH',
    SIGNATURE_INVALID: 'PDF_SIGNATURE_INVALID',
    DIGEST_MISMATCH: 'PDF_CHANGED_AFTER_SIGNING',
  }[check.reason];
  problem('letter.pdf', code, `letter.pdf's embedded signature fails: ${check.detail}.`);
}

function checkCertificate(
  certificate: X509Certificate,
  signerId: string | null,
  manifest: PackageManifest | null,
  options: VerifyPackageOptions,
  problem: Report,
): void {
  const fingerprint = sha256(certificate.raw);
  if (options.trustedCertificateSha256 && !options.trustedCertificateSha256.includes(fingerprint)) {
    problem(
      'certificate.pem',
      'CERTIFICATE_NOT_TRUSTED',
      `certificate.pem (SHA-256 ${fingerprint.slice(0, 16)}…) is not a certificate registered for this reviewer.`,
    );
  }
  if (manifest === null) return;
  if (signerId !== manifest.reviewerId) {
    problem(
      'certificate.pem',
      'SIGNER_MISMATCH',
      `certificate.pem is issued to ${signerId ?? 'no reviewer ID'}, but manifest.json names reviewer ${manifest.reviewerId}.`,
    );
  }
  const signedAt = new Date(manifest.signedAt).getTime();
  if (
    Number.isNaN(signedAt) ||
    signedAt < new Date(certificate.validFrom).getTime() ||
    signedAt > new Date(certificate.validTo).getTime()
  ) {
    problem(
      'certificate.pem',
      'CERTIFICATE_NOT_VALID_AT_SIGNING',
      `certificate.pem was not valid at the signing time ${manifest.signedAt}.`,
    );
  }
}

function checkDetermination(bytes: Buffer, manifest: PackageManifest | null, problem: Report): void {
  let caseId: unknown;
  try {
    caseId = (JSON.parse(bytes.toString('utf8')) as { caseId?: unknown } | null)?.caseId;
  } catch {
    problem('determination.json', 'DETERMINATION_INVALID', 'determination.json is not JSON.');
    return;
  }
  if (manifest !== null && caseId !== manifest.caseId) {
    problem(
      'determination.json',
      'CASE_MISMATCH',
      `determination.json is for case ${String(caseId)}, but manifest.json is for case ${manifest.caseId}.`,
    );
  }
}

import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PACKAGE_FILE_NAMES } from '../../../shared/domain';
import { verifyPackageDir } from './verifyPackageDir';
import type { PackageProblem, PackageVerdict } from './verifyPackageFiles';

export interface PackageVerifyReport {
  /** Every file matches the signed manifest and both signatures verify with certificate.pem. */
  valid: boolean;
  /** certificate.pem is one the verifier trusts (pinned with --trust or in the workspace's trust store). */
  signerTrusted: boolean;
  /** The files at fault, as named by the verifier. */
  badFiles: string[];
  lines: string[];
}

/** A certificate the verifier trusts, by the SHA-256 of its DER, and where that trust comes from (for the report). */
export interface TrustedCertificate {
  certificateSha256: string;
  from: string;
}

/** verify's exit codes: 0 verified, 1 not valid, 3 signature intact but the signer is not one you trust. */
export const VERIFY_EXIT = { verified: 0, notValid: 1, signerNotVerified: 3 } as const;

export function verifyExitCode(report: Pick<PackageVerifyReport, 'valid' | 'signerTrusted'>): number {
  if (!report.valid) return VERIFY_EXIT.notValid;
  return report.signerTrusted ? VERIFY_EXIT.verified : VERIFY_EXIT.signerNotVerified;
}

const MANIFEST_SIGNATURE_CODES = new Set(['MANIFEST_CHANGED', 'MANIFEST_SIGNATURE_INVALID']);

/**
 * verify <packageDir>: every file's hash against the manifest, both signatures, a verdict naming each file at fault,
 * and whether the signer is one the verifier trusts. A self-signed certificate proves nothing by the name it carries:
 * only a certificate pinned by its SHA-256 (or the workspace's own) makes a package VERIFIED.
 */
export async function packageVerifyReport(
  packageDir: string,
  trusted: readonly TrustedCertificate[] = [],
): Promise<PackageVerifyReport> {
  const dir = resolve(packageDir);
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    return {
      valid: false,
      signerTrusted: false,
      badFiles: [],
      lines: [
        `NOT VALID: ${dir} is not a package folder (it should hold manifest.json, manifest.sig and the signed files).`,
      ],
    };
  }
  const verdict = await verifyPackageDir(dir);
  const m = verdict.manifest;
  const lines = [`Package   ${dir}`];
  if (m) {
    lines.push(
      `Case      ${m.caseNumber}, determination version ${m.determinationVersion}${m.supersedesVersion === null ? '' : ` (supersedes version ${m.supersedesVersion})`}`,
    );
    lines.push(`Signed    ${m.signedAt} by reviewer ${m.reviewerId}`);
    if (m.auditHead)
      lines.push(`Audit     trail head at signing: event ${m.auditHead.id}, SHA-256 ${m.auditHead.hash}`);
  }
  if (verdict.certificateSha256)
    lines.push(`Signer    certificate.pem CN=${verdict.signerId ?? '?'}, SHA-256 ${verdict.certificateSha256}`);
  lines.push('', 'Files against manifest.json (SHA-256, size):');
  for (const name of PACKAGE_FILE_NAMES) {
    const entry = m?.files.find((f) => f.name === name);
    const actual = sha256Of(join(dir, name));
    const status =
      actual === null
        ? 'MISSING'
        : !entry
          ? 'UNLISTED'
          : actual.sha256 === entry.sha256 && actual.size === entry.size
            ? 'OK'
            : 'CHANGED';
    lines.push(
      `  ${status.padEnd(8)} ${name.padEnd(19)} ${actual?.sha256 ?? '-'.repeat(64)}  ${actual?.size ?? 0} bytes`,
    );
    if (status === 'CHANGED' && entry)
      lines.push(`  ${''.padEnd(8)} ${'manifest says'.padEnd(19)} ${entry.sha256}  ${entry.size} bytes`);
  }
  lines.push('', 'Signatures:');
  const unchecked = certificateUnusable(verdict);
  lines.push(
    signatureLine(
      'manifest.sig over manifest.json (CMS, detached)',
      unchecked,
      verdict.problems.filter((p) => MANIFEST_SIGNATURE_CODES.has(p.code)),
    ),
  );
  lines.push(
    signatureLine(
      'letter.pdf embedded signature (PAdES)',
      unchecked,
      verdict.problems.filter((p) => p.file === 'letter.pdf' && p.code !== 'FILE_CHANGED'),
    ),
  );
  if (verdict.problems.length > 0) {
    lines.push('', 'Problems:');
    for (const p of verdict.problems) lines.push(`  ${p.file}: ${p.message}`);
  }
  const badFiles = [...new Set(verdict.problems.map((p) => p.file))];
  const trust = trusted.find((t) => t.certificateSha256 === verdict.certificateSha256) ?? null;
  const intact = `every file matches the signed manifest and both signatures are valid`;
  lines.push(
    '',
    !verdict.valid
      ? `NOT VALID: ${badFiles.join(', ')} ${badFiles.length === 1 ? 'fails' : 'fail'} verification. Do not release this package.`
      : trust
        ? `VERIFIED: ${intact}, and the signer's certificate (reviewer ${verdict.signerId ?? '?'}, SHA-256 ${verdict.certificateSha256}) is one you trust (${trust.from}).`
        : `SIGNATURE INTACT, SIGNER NOT VERIFIED: ${intact}, but by a certificate nothing here vouches for (CN=${verdict.signerId ?? '?'}, SHA-256 ${verdict.certificateSha256}). Anyone can make a certificate with that name. Confirm this fingerprint with the reviewer or the IMR organisation, then run verify again with --trust ${verdict.certificateSha256}, or add it with "trust add".`,
  );
  return { valid: verdict.valid, signerTrusted: verdict.valid && trust !== null, badFiles, lines };
}

function sha256Of(path: string): { sha256: string; size: number } | null {
  try {
    const bytes = readFileSync(path);
    return { sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
  } catch {
    return null;
  }
}

function certificateUnusable(verdict: PackageVerdict): boolean {
  return (
    verdict.certificateSha256 === null ||
    verdict.problems.some((p) => p.file === 'certificate.pem' && p.code === 'FILE_CHANGED')
  );
}

function signatureLine(label: string, unchecked: boolean, problems: readonly PackageProblem[]): string {
  if (unchecked) return `  NOT CHECKED  ${label}: certificate.pem cannot be trusted`;
  if (problems.length === 0) return `  VALID    ${label}`;
  return `  INVALID  ${label}: ${problems.map((p) => p.message).join(' ')}`;
}

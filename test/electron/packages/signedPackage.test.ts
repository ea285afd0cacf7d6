import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignedPackage, type SignedPackage } from '../../../electron/core/packages/buildSignedPackage';
import { createCmsSignature } from '../../../electron/core/cms/createCmsSignature';
import type { PackageFiles } from '../../../electron/core/packages/packageFiles';
import { readPackageDir } from '../../../electron/core/packages/readPackageDir';
import { signLetterPdf } from '../../../electron/core/signing/signLetterPdf';
import type { SigningIdentity } from '../../../electron/core/signingIdentity/signingIdentity';
import { verifyPackageDir } from '../../../electron/core/packages/verifyPackageDir';
import { verifyPackageFiles } from '../../../electron/core/packages/verifyPackageFiles';
import { writePackageDir } from '../../../electron/core/packages/writePackageDir';
import { AppError } from '../../../shared/ipc/appError';
import { packageManifestSchema } from '../../../shared/domain/signedPackage';
import { sampleLetterInput } from '../../shared/domain/letter/sampleLetterInput';
import { sampleLetterPdf, tempDir, testIdentity, type TempDir } from '../../support/signingFixtures';

let dir: TempDir;
let identity: SigningIdentity;
let other: SigningIdentity;
let signedLetter: Buffer;
let pkg: SignedPackage;

const manifestFields = {
  caseId: 'case-sample',
  caseNumber: 'CM14-0012345',
  determinationVersion: 1,
  supersedesVersion: null,
  signedAt: new Date().toISOString(),
};

function packageFor(signer: SigningIdentity, letter: Buffer): SignedPackage {
  return buildSignedPackage({
    letterPdf: letter,
    determination: sampleLetterInput().determination,
    manifest: manifestFields,
    identity: signer,
  });
}

function filesOf(p: SignedPackage): PackageFiles {
  return { ...p.files, manifestJson: p.manifestJson, manifestSig: p.manifestSig };
}

/** Changes one byte but keeps its character class, so hex stays hex and base64 stays base64: the change must be caught by meaning, not syntax. */
function flipByte(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes);
  const c = copy[at] ?? 0;
  const rotate = (first: number, count: number) => first + ((c - first + 1) % count);
  if (c >= 0x30 && c <= 0x39) copy[at] = rotate(0x30, 10);
  else if (c >= 0x61 && c <= 0x66) copy[at] = rotate(0x61, 6);
  else if (c >= 0x67 && c <= 0x7a) copy[at] = rotate(0x67, 20);
  else if (c >= 0x41 && c <= 0x5a) copy[at] = rotate(0x41, 26);
  else copy[at] = c ^ 0x01;
  return copy;
}

beforeAll(async () => {
  dir = tempDir();
  [identity, other] = [await testIdentity(dir.path, 'RVW-0001'), await testIdentity(dir.path, 'RVW-0009')];
  signedLetter = await signLetterPdf(await sampleLetterPdf(), identity);
  pkg = packageFor(identity, signedLetter);
});
afterAll(() => dir.remove());

describe('buildSignedPackage', () => {
  it('lists each file with its SHA-256 and size in a manifest that follows the package format', () => {
    const manifest = packageManifestSchema.parse(JSON.parse(pkg.manifestJson.toString('utf8')));
    expect(manifest.reviewerId).toBe('RVW-0001');
    expect(manifest.files.map((f) => f.name)).toEqual(['letter.pdf', 'determination.json', 'certificate.pem']);
    expect(manifest.files[0]?.size).toBe(signedLetter.length);
    expect(pkg.files['certificate.pem'].toString()).toBe(identity.certificatePem);
  });

  it('signs the exact manifest bytes with a detached CMS that OpenSSL verifies', () => {
    const folder = join(dir.path, 'openssl');
    writePackageDir(folder, pkg);
    writeFileSync(join(folder, 'manifest.der'), Buffer.from(pkg.manifestSig.toString('ascii'), 'base64'));
    const out = execFileSync(
      'openssl',
      [
        'cms',
        '-verify',
        '-binary',
        '-inform',
        'DER',
        '-in',
        join(folder, 'manifest.der'),
        '-content',
        join(folder, 'manifest.json'),
        '-CAfile',
        join(folder, 'certificate.pem'),
        '-purpose',
        'any',
        '-out',
        '/dev/null',
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(out).toBe('');
  });

  it('refuses with INVALID_INPUT when the letter is unsigned or signed by another identity', async () => {
    const isInvalidInput = (fn: () => unknown) => {
      try {
        fn();
        return false;
      } catch (error) {
        return error instanceof AppError && error.code === 'INVALID_INPUT';
      }
    };
    const unsigned = Buffer.from(await sampleLetterPdf());
    expect(isInvalidInput(() => packageFor(identity, unsigned))).toBe(true);
    expect(isInvalidInput(() => packageFor(other, signedLetter))).toBe(true);
  });
});

describe('verifyPackageFiles', () => {
  it('accepts an untouched package and reports its signer and certificate', async () => {
    const verdict = await verifyPackageFiles(filesOf(pkg));
    expect(verdict.problems).toEqual([]);
    expect(verdict.valid).toBe(true);
    expect(verdict.signerId).toBe('RVW-0001');
    expect(verdict.certificateSha256).toBe(identity.certificateSha256);
    expect(verdict.manifest?.caseNumber).toBe('CM14-0012345');
  });

  const tamperable: Array<[keyof PackageFiles, string]> = [
    ['letter.pdf', 'letter.pdf'],
    ['determination.json', 'determination.json'],
    ['certificate.pem', 'certificate.pem'],
    ['manifestJson', 'manifest.json'],
    ['manifestSig', 'manifest.sig'],
  ];
  for (const [key, fileName] of tamperable) {
    it(`names ${fileName} when one byte of it is changed anywhere`, async () => {
      const original = filesOf(pkg)[key];
      // Start, middle and near the end (inside PEM and base64 bodies, past their header lines).
      for (const at of [40, Math.floor(original.length / 2), original.length - 40]) {
        const verdict = await verifyPackageFiles({ ...filesOf(pkg), [key]: flipByte(original, at) });
        expect(verdict.valid, `byte ${at}`).toBe(false);
        expect(verdict.problems[0]?.file, `byte ${at}: ${JSON.stringify(verdict.problems)}`).toBe(fileName);
        expect(new Set(verdict.problems.map((p) => p.file))).toEqual(new Set([fileName]));
      }
    });
  }

  for (const [key, fileName] of [
    ['manifestSig', 'manifest.sig'],
    ['certificate.pem', 'certificate.pem'],
    ['manifestJson', 'manifest.json'],
  ] as const) {
    it(`names ${fileName} when any single byte of it is changed`, async () => {
      const original = filesOf(pkg)[key];
      const missed: number[] = [];
      for (let at = 0; at < original.length; at++) {
        const verdict = await verifyPackageFiles({ ...filesOf(pkg), [key]: flipByte(original, at) });
        if (verdict.valid || verdict.problems[0]?.file !== fileName) missed.push(at);
      }
      expect(missed).toEqual([]);
    });
  }

  it('names manifest.sig when the manifest is re-signed with another key', async () => {
    const forged = packageFor(other, await signLetterPdf(await sampleLetterPdf(), other));
    const verdict = await verifyPackageFiles({ ...filesOf(pkg), manifestSig: forged.manifestSig });
    expect(verdict.valid).toBe(false);
    expect(verdict.problems.map((p) => [p.file, p.code])).toEqual([['manifest.sig', 'MANIFEST_SIGNATURE_INVALID']]);
  });

  it('names letter.pdf when the manifest and certificate are swapped for another key but the letter is not', async () => {
    const resigned = packageFor(other, await signLetterPdf(await sampleLetterPdf(), other));
    const mixed = buildSignedPackageWithLetter(resigned, signedLetter);
    const verdict = await verifyPackageFiles(filesOf(mixed));
    expect(verdict.valid).toBe(false);
    expect(verdict.problems.some((p) => p.file === 'letter.pdf' && p.code === 'PDF_SIGNER_MISMATCH')).toBe(true);
  });

  it('rejects a package wholly re-signed with another key when the trusted certificates are given', async () => {
    const resigned = packageFor(other, await signLetterPdf(await sampleLetterPdf(), other));
    expect((await verifyPackageFiles(filesOf(resigned))).valid).toBe(true);
    const verdict = await verifyPackageFiles(filesOf(resigned), {
      trustedCertificateSha256: [identity.certificateSha256],
    });
    expect(verdict.problems.map((p) => [p.file, p.code])).toEqual([['certificate.pem', 'CERTIFICATE_NOT_TRUSTED']]);
    expect(verdict.signerId).toBe('RVW-0009');
  });

  it('names letter.pdf when bytes are appended to the signed letter and the manifest is rebuilt around it', async () => {
    const appended = Buffer.concat([signedLetter, Buffer.from('\n% appended after signing\n')]);
    const verdict = await verifyPackageFiles(filesOf(buildSignedPackageWithLetter(pkg, appended)));
    expect(verdict.problems.map((p) => [p.file, p.code])).toEqual([['letter.pdf', 'PDF_CHANGED_AFTER_SIGNING']]);
  });
});

/** A package by `base`'s signer whose manifest lists `letter`, signed over properly: only the letter's own signature can object. */
function buildSignedPackageWithLetter(base: SignedPackage, letter: Buffer): SignedPackage {
  const signer = base.files['certificate.pem'].toString() === identity.certificatePem ? identity : other;
  const manifest = JSON.parse(base.manifestJson.toString('utf8')) as {
    files: Array<{ name: string; sha256: string; size: number }>;
  };
  const entry = manifest.files.find((f) => f.name === 'letter.pdf');
  if (!entry) throw new Error('no letter entry');
  entry.sha256 = createHash('sha256').update(letter).digest('hex');
  entry.size = letter.length;
  const manifestJson = Buffer.from(JSON.stringify(manifest, null, 2));
  const sig = createCmsSignature(manifestJson, {
    certificateDer: signer.certificateDer,
    privateKey: signer.privateKey,
  });
  return {
    files: { ...base.files, 'letter.pdf': letter },
    manifestJson,
    manifestSig: Buffer.from(sig.toString('base64')),
  };
}

describe('writePackageDir and verifyPackageDir', () => {
  it('writes five owner-only files that read back and verify when written to a folder', async () => {
    const folder = join(dir.path, 'package');
    writePackageDir(folder, pkg);
    expect(readdirSync(folder).sort()).toEqual([
      'certificate.pem',
      'determination.json',
      'letter.pdf',
      'manifest.json',
      'manifest.sig',
    ]);
    for (const file of readdirSync(folder)) expect(statSync(join(folder, file)).mode & 0o777).toBe(0o600);
    expect(readPackageDir(folder).manifestJson.equals(pkg.manifestJson)).toBe(true);
    expect((await verifyPackageDir(folder)).valid).toBe(true);
  });

  it('reports the missing file when a package folder lacks one', async () => {
    const folder = join(dir.path, 'incomplete');
    writePackageDir(folder, pkg);
    rmSync(join(folder, 'determination.json'));
    const verdict = await verifyPackageDir(folder);
    expect(verdict.valid).toBe(false);
    expect(verdict.problems.map((p) => [p.file, p.code])).toEqual([['determination.json', 'FILE_MISSING']]);
  });
});

import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { buildSignedPackage } from '../../electron/core/packages/buildSignedPackage';
import { createSelfSignedCertificate } from '../../electron/core/signingIdentity/createSelfSignedCertificate';
import type { SigningIdentity } from '../../electron/core/signingIdentity/signingIdentity';
import { toSigningIdentity } from '../../electron/core/signingIdentity/toSigningIdentity';
import { signLetterPdf } from '../../electron/core/signing/signLetterPdf';
import type { PackageTransport } from '../../shared/domain/signedPackage';

export interface LoadReviewer {
  reviewerId: string;
  identity: SigningIdentity;
  letter: Buffer;
}

interface Cached {
  version: 1;
  keyPem: string;
  reviewers: { reviewerId: string; certificatePem: string; letterBase64: string }[];
}

const reviewerIdOf = (i: number) => `RVW-L${String(i).padStart(4, '0')}`;
export const caseNumberOfLoad = (reviewer: number, k: number) => `CM27-${String(reviewer * 100 + k).padStart(7, '0')}`;
export const caseIdOfLoad = (reviewer: number, k: number) => `load-case-${reviewer}-${k}`;

/**
 * 500 reviewers, each with a certificate issued to their id and one letter signed with it. Certificates come from
 * node-forge at ~80 ms each, so the set is kept in bench-artifacts/ and reused by later runs (delete it to rebuild).
 */
export async function loadReviewers(count: number): Promise<LoadReviewer[]> {
  const dir = join(process.cwd(), 'bench-artifacts');
  const file = join(dir, `server-load-reviewers-${count}.json`);
  if (existsSync(file)) {
    const cached = JSON.parse(readFileSync(file, 'utf8')) as Cached;
    const key = createPrivateKey(cached.keyPem);
    return cached.reviewers.map((r) => ({
      reviewerId: r.reviewerId,
      identity: toSigningIdentity(r.certificatePem, key),
      letter: Buffer.from(r.letterBase64, 'base64'),
    }));
  }
  console.log(`  making ${count} reviewer certificates and signed letters (once; cached in ${file})…`);
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const doc = await PDFDocument.create();
  doc.addPage([612, 792]).drawText('Final Determination Letter (load test)', {
    x: 72,
    y: 700,
    size: 12,
    font: await doc.embedFont(StandardFonts.Helvetica),
  });
  const unsigned = await doc.save();
  const reviewers: LoadReviewer[] = [];
  for (let i = 0; i < count; i++) {
    const reviewerId = reviewerIdOf(i);
    const identity = toSigningIdentity(
      await createSelfSignedCertificate(reviewerId, privateKey, new Date()),
      privateKey,
    );
    reviewers.push({ reviewerId, identity, letter: await signLetterPdf(unsigned, identity) });
  }
  mkdirSync(dir, { recursive: true });
  const cached: Cached = {
    version: 1,
    keyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    reviewers: reviewers.map((r) => ({
      reviewerId: r.reviewerId,
      certificatePem: r.identity.certificatePem,
      letterBase64: r.letter.toString('base64'),
    })),
  };
  writeFileSync(file, JSON.stringify(cached));
  return reviewers;
}

/** The reviewer's `count` signed determinations (one per case, version 1), in the upload's JSON form. */
export function packagesOf(reviewer: LoadReviewer, index: number, count: number): PackageTransport[] {
  const signedAt = new Date().toISOString();
  return Array.from({ length: count }, (_, k) => {
    const caseId = caseIdOfLoad(index, k);
    const pkg = buildSignedPackage({
      letterPdf: reviewer.letter,
      determination: {
        caseId,
        summary: { type: 'doc', content: [] },
        items: [],
        revision: 1,
        locked: true,
        updatedAt: signedAt,
      },
      manifest: {
        caseId,
        caseNumber: caseNumberOfLoad(index, k),
        determinationVersion: 1,
        supersedesVersion: null,
        signedAt,
      },
      identity: reviewer.identity,
    });
    return {
      manifestJson: pkg.manifestJson.toString('utf8'),
      manifestSig: pkg.manifestSig.toString('utf8'),
      files: {
        'letter.pdf': pkg.files['letter.pdf'].toString('base64'),
        'determination.json': pkg.files['determination.json'].toString('base64'),
        'certificate.pem': pkg.files['certificate.pem'].toString('base64'),
      },
    };
  });
}

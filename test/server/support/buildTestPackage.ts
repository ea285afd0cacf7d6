import { createHash, generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';
import { PACKAGE_FORMAT, type PackageManifest, type PackageTransport } from '../../../shared/domain/signedPackage';

export interface TestSigner {
  reviewerId: string;
  certificatePem: string;
  privateKey: forge.pki.rsa.PrivateKey;
  certificate: forge.pki.Certificate;
}

/** A reviewer's self-signed signing certificate (subject CN = reviewer id), RSA 2048. */
export function createTestSigner(reviewerId: string): TestSigner {
  const { privateKey: keyPem, publicKey: publicPem } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const privateKey = forge.pki.privateKeyFromPem(keyPem) as forge.pki.rsa.PrivateKey;
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.publicKeyFromPem(publicPem);
  certificate.serialNumber = '0' + createHash('sha256').update(reviewerId).digest('hex').slice(0, 15);
  certificate.validity.notBefore = new Date(Date.now() - 86_400_000);
  certificate.validity.notAfter = new Date(Date.now() + 365 * 86_400_000);
  const subject = [{ name: 'commonName', value: reviewerId }];
  certificate.setSubject(subject);
  certificate.setIssuer(subject);
  certificate.sign(privateKey, forge.md.sha256.create());
  return { reviewerId, certificatePem: forge.pki.certificateToPem(certificate), privateKey, certificate };
}

export interface TestPackageSpec {
  caseId: string;
  caseNumber: string;
  version?: number;
  letter?: Buffer;
  reviewerId?: string;
}

/** A signed determination package in transport form: manifest over the three files, detached CMS over the manifest. */
export function buildTestPackage(signer: TestSigner, spec: TestPackageSpec): PackageTransport {
  const letter = spec.letter ?? Buffer.from(`%PDF-1.7\n% letter for ${spec.caseNumber} v${spec.version ?? 1}\n%%EOF\n`);
  const determination = Buffer.from(JSON.stringify({ caseId: spec.caseId, items: [], version: spec.version ?? 1 }));
  const certificate = Buffer.from(signer.certificatePem);
  const entry = (name: PackageManifest['files'][number]['name'], bytes: Buffer) => ({
    name,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    size: bytes.length,
  });
  const manifest: PackageManifest = {
    format: PACKAGE_FORMAT,
    caseId: spec.caseId,
    caseNumber: spec.caseNumber,
    determinationVersion: spec.version ?? 1,
    supersedesVersion: spec.version && spec.version > 1 ? spec.version - 1 : null,
    reviewerId: spec.reviewerId ?? signer.reviewerId,
    signedAt: new Date().toISOString(),
    files: [entry('letter.pdf', letter), entry('determination.json', determination), entry('certificate.pem', certificate)],
  };
  const manifestJson = JSON.stringify(manifest, null, 2);
  const signed = forge.pkcs7.createSignedData();
  signed.content = forge.util.createBuffer(Buffer.from(manifestJson, 'utf8').toString('binary'));
  signed.addCertificate(signer.certificate);
  signed.addSigner({
    key: signer.privateKey,
    certificate: signer.certificate,
    digestAlgorithm: forge.pki.oids.sha256!,
    authenticatedAttributes: [
      { type: forge.pki.oids.contentType!, value: forge.pki.oids.data },
      { type: forge.pki.oids.messageDigest! },
      { type: forge.pki.oids.signingTime! },
    ],
  });
  signed.sign({ detached: true });
  return {
    manifestJson,
    manifestSig: forge.util.encode64(forge.asn1.toDer(signed.toAsn1()).getBytes()),
    files: {
      'letter.pdf': letter.toString('base64'),
      'determination.json': determination.toString('base64'),
      'certificate.pem': certificate.toString('base64'),
    },
  };
}

import { createHash, verify as verifySignature, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { packageManifestSchema, type PackageManifest } from '../../shared/domain/signedPackage';
import type { PackageFiles, PackageVerdict } from './verifyUpload';

type Problem = PackageVerdict['problems'][number];
interface SignerCapture {
  authenticatedAttributes?: forge.asn1.Asn1[];
  signature?: string;
  serial?: string;
}
const MESSAGE_DIGEST_OID = '1.2.840.113549.1.9.4';

/** Stand-in for electron/core/signing/verifyPackageFiles (same contract) until that module exists. */
export async function verifyPackageFilesInterim(files: PackageFiles): Promise<PackageVerdict> {
  const problems: Problem[] = [];
  const sha = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
  let manifest: PackageManifest | null = null;
  try {
    const parsed = packageManifestSchema.safeParse(JSON.parse(files.manifestJson.toString('utf8')));
    if (parsed.success) manifest = parsed.data;
    else problems.push({ file: 'manifest.json', code: 'MANIFEST_INVALID', message: parsed.error.issues[0]?.message ?? 'invalid manifest' });
  } catch {
    problems.push({ file: 'manifest.json', code: 'MANIFEST_INVALID', message: 'manifest.json is not JSON.' });
  }
  for (const entry of manifest?.files ?? []) {
    const bytes = files[entry.name];
    if (sha(bytes) !== entry.sha256 || bytes.length !== entry.size) {
      problems.push({ file: entry.name, code: 'HASH_MISMATCH', message: `${entry.name} does not match the hash the manifest lists.` });
    }
  }
  let cert: X509Certificate | null = null;
  try {
    cert = new X509Certificate(files['certificate.pem']);
  } catch {
    problems.push({ file: 'certificate.pem', code: 'CERTIFICATE_INVALID', message: 'certificate.pem is not a certificate.' });
  }
  if (cert && !cmsSignatureHolds(files.manifestSig, files.manifestJson, cert)) {
    problems.push({ file: 'manifest.sig', code: 'SIGNATURE_INVALID', message: 'The signature over manifest.json does not verify with certificate.pem.' });
  }
  const commonName = cert?.subject.split('\n').find((line) => line.startsWith('CN='))?.slice(3) ?? null;
  return {
    valid: problems.length === 0,
    problems,
    manifest,
    certificateSha256: cert ? sha(cert.raw) : null,
    signerId: commonName,
  };
}

/** Detached CMS (base64 DER): the signed attributes' messageDigest must hash the manifest and their signature must verify. */
function cmsSignatureHolds(sigText: Buffer, content: Buffer, cert: X509Certificate): boolean {
  try {
    const der = forge.util.decode64(sigText.toString('utf8').trim());
    const message = forge.pkcs7.messageFromAsn1(forge.asn1.fromDer(der)) as { rawCapture: SignerCapture };
    const { authenticatedAttributes: attributes, signature } = message.rawCapture;
    if (!attributes || !signature) return false;
    const digest = attributes
      .map((attribute) => attribute.value as forge.asn1.Asn1[])
      .find((parts) => parts[0] && forge.asn1.derToOid(parts[0].value as string) === MESSAGE_DIGEST_OID)?.[1];
    const digestBytes = ((digest?.value as forge.asn1.Asn1[] | undefined)?.[0]?.value ?? '') as string;
    if (Buffer.from(digestBytes, 'binary').toString('hex') !== createHash('sha256').update(content).digest('hex')) return false;
    const signedSet = forge.asn1.toDer(forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, attributes)).getBytes();
    return verifySignature('sha256', Buffer.from(signedSet, 'binary'), cert.publicKey, Buffer.from(signature, 'binary'));
  } catch {
    return false;
  }
}

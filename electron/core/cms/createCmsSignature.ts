import { createHash, sign, type KeyObject } from 'node:crypto';
import { CMS_OIDS } from './cmsOids';
import { der } from './der';
import { issuerAndSerialOf } from './issuerAndSerialOf';

export interface CmsSigningKey {
  certificateDer: Buffer;
  privateKey: KeyObject;
}

/**
 * A detached CMS SignedData (DER) over `content`: SHA-256, the signer's certificate included, and signed attributes
 * contentType, messageDigest and signingCertificateV2 (the CAdES-BES set PAdES asks for; no signingTime, which PAdES
 * keeps in the signature dictionary). RSA PKCS#1 v1.5 is deterministic, so the same input gives the same bytes.
 */
export function createCmsSignature(content: Buffer, key: CmsSigningKey): Buffer {
  const { issuer, serial } = issuerAndSerialOf(key.certificateDer);
  const sha256 = der.sequence(der.oid(CMS_OIDS.sha256));
  const attribute = (type: string, value: Buffer) => der.sequence(der.oid(type), der.setOf(value));
  const essCertIdV2 = der.sequence(
    der.octetString(createHash('sha256').update(key.certificateDer).digest()),
    der.sequence(der.sequence(der.context(4, issuer)), serial),
  );
  const signedAttributes = [
    attribute(CMS_OIDS.contentType, der.oid(CMS_OIDS.data)),
    attribute(CMS_OIDS.messageDigest, der.octetString(createHash('sha256').update(content).digest())),
    attribute(CMS_OIDS.signingCertificateV2, der.sequence(der.sequence(essCertIdV2))),
  ];
  // The signature covers the attributes encoded as a SET; in SignerInfo they sit under an IMPLICIT [0].
  const signedSet = der.setOf(...signedAttributes);
  const signature = sign('sha256', signedSet, key.privateKey);
  const signedAttrs = Buffer.concat([Buffer.from([0xa0]), signedSet.subarray(1)]);
  const signerInfo = der.sequence(
    der.integer(1),
    der.sequence(issuer, serial),
    sha256,
    signedAttrs,
    signatureAlgorithm(key.privateKey),
    der.octetString(signature),
  );
  const signedData = der.sequence(
    der.integer(1),
    der.setOf(sha256),
    der.sequence(der.oid(CMS_OIDS.data)),
    der.context(0, key.certificateDer),
    der.setOf(signerInfo),
  );
  return der.sequence(der.oid(CMS_OIDS.signedData), der.context(0, signedData));
}

function signatureAlgorithm(privateKey: KeyObject): Buffer {
  if (privateKey.asymmetricKeyType === 'rsa') return der.sequence(der.oid(CMS_OIDS.rsaEncryption), der.null());
  if (privateKey.asymmetricKeyType === 'ec') return der.sequence(der.oid(CMS_OIDS.ecdsaWithSha256));
  throw new Error(`Signing keys of type ${privateKey.asymmetricKeyType ?? 'unknown'} are not supported`);
}

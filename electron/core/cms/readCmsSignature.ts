import { CMS_OIDS } from './cmsOids';
import { readDer, type DerNode } from './readDer';

/** What verification needs from a CMS SignedData with one signer. */
export interface CmsSignatureParts {
  certificates: Buffer[];
  /** SignerInfo's sid (issuerAndSerialNumber): the issuer Name and serial INTEGER, DER. */
  signerIssuer: Buffer;
  signerSerial: Buffer;
  digestAlgorithm: string;
  signatureAlgorithm: string;
  /** The signed attributes re-tagged as the SET OF that was signed. */
  signedAttributes: Buffer;
  messageDigest: Buffer | null;
  signature: Buffer;
}

const NULL_PARAMS = Buffer.from([0x05, 0x00]);

/**
 * Parses a DER ContentInfo holding a detached SignedData with one issuerAndSerialNumber signer, strictly: every field
 * the signature does not cover must have the one value RFC 5652 allows here, so no byte of the file can change unnoticed.
 * Throws when malformed.
 */
export function readCmsSignature(cms: Buffer): CmsSignatureParts {
  const root = readDer(cms);
  expect(root.tag === 0x30 && root.end === cms.length, 'not one DER SEQUENCE');
  const [type, wrapped, ...extra] = root.children();
  expect(
    type !== undefined && oidOf(type) === CMS_OIDS.signedData && wrapped?.tag === 0xa0 && extra.length === 0,
    'not a CMS SignedData',
  );
  const [signedData, ...afterSignedData] = (wrapped as DerNode).children();
  expect(signedData?.tag === 0x30 && afterSignedData.length === 0, 'SignedData is not a SEQUENCE');
  const [version, digestAlgorithms, encapsulated, ...rest] = (signedData as DerNode).children();
  expect(isVersionOne(version), 'SignedData version is not 1');
  expect(digestAlgorithms?.tag === 0x31, 'SignedData has no digestAlgorithms');
  const encapsulatedParts = encapsulated?.tag === 0x30 ? encapsulated.children() : [];
  expect(
    encapsulatedParts.length === 1 && oidOf(encapsulatedParts[0] as DerNode) === CMS_OIDS.data,
    'the signature is not detached over data',
  );
  const certificateSet = rest[0]?.tag === 0xa0 ? rest.shift() : undefined;
  const [signerInfos, ...unexpected] = rest;
  expect(signerInfos?.tag === 0x31 && unexpected.length === 0, 'SignedData has fields this verifier does not accept');
  const signers = (signerInfos as DerNode).children();
  expect(signers.length === 1, `expected one signer, found ${signers.length}`);
  expect(signers[0]?.tag === 0x30, 'SignerInfo is not a SEQUENCE');
  const [signerVersion, sid, digestAlgorithm, attrs, signatureAlgorithm, signature, ...unsigned] = (
    signers[0] as DerNode
  ).children();
  expect(
    isVersionOne(signerVersion) && sid?.tag === 0x30 && attrs?.tag === 0xa0 && signature?.tag === 0x04,
    'SignerInfo is not version 1 with signed attributes',
  );
  expect(
    unsigned.length === 0 || (unsigned.length === 1 && unsigned[0]?.tag === 0xa1),
    'SignerInfo has fields this verifier does not accept',
  );
  expect(
    digestAlgorithm?.tag === 0x30 && digestAlgorithms!.children().some((d) => d.bytes.equals(digestAlgorithm.bytes)),
    'the signer digest algorithm is not declared',
  );
  const signatureParts = signatureAlgorithm?.tag === 0x30 ? signatureAlgorithm.children() : [];
  expect(
    signatureParts.length === 1 || (signatureParts.length === 2 && signatureParts[1]!.bytes.equals(NULL_PARAMS)),
    'signature algorithm parameters are not empty',
  );
  const [issuer, serial, ...sidExtra] = (sid as DerNode).children();
  expect(
    issuer?.tag === 0x30 && serial?.tag === 0x02 && sidExtra.length === 0,
    'the signer is not named by issuer and serial number',
  );
  const digestParts = (digestAlgorithm as DerNode).children();
  expect(
    digestParts.length === 1 || (digestParts.length === 2 && digestParts[1]!.bytes.equals(NULL_PARAMS)),
    'digest algorithm parameters are not empty',
  );
  return {
    certificates: certificateSet?.children().map((c) => Buffer.from(c.bytes)) ?? [],
    signerIssuer: Buffer.from((issuer as DerNode).bytes),
    signerSerial: Buffer.from((serial as DerNode).bytes),
    digestAlgorithm: oidOf(digestParts[0] as DerNode),
    signatureAlgorithm: oidOf(signatureParts[0] as DerNode),
    signedAttributes: Buffer.concat([Buffer.from([0x31]), (attrs as DerNode).bytes.subarray(1)]),
    messageDigest: attributeValue(attrs as DerNode, CMS_OIDS.messageDigest),
    signature: Buffer.from((signature as DerNode).content),
  };
}

function expect(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

function isVersionOne(node: DerNode | undefined): boolean {
  return node?.tag === 0x02 && node.content.length === 1 && node.content[0] === 1;
}

function attributeValue(attrs: DerNode, type: string): Buffer | null {
  for (const attribute of attrs.children()) {
    const [attrType, values] = attribute.children();
    if (attrType && oidOf(attrType) === type) {
      const value = values?.children()[0];
      return value?.tag === 0x04 ? Buffer.from(value.content) : null;
    }
  }
  return null;
}

function oidOf(node: DerNode): string {
  if (node.tag !== 0x06 || node.content.length === 0) throw new Error('expected an OBJECT IDENTIFIER');
  const bytes = [...node.content];
  const first = bytes[0] as number;
  const top = Math.min(2, Math.floor(first / 40));
  const arcs = [top, first - 40 * top];
  let value = 0;
  for (const byte of bytes.slice(1)) {
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) {
      arcs.push(value);
      value = 0;
    }
  }
  return arcs.join('.');
}

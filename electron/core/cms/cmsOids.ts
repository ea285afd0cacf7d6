/** Object identifiers of the CMS pieces this module writes and reads (RFC 5652, RFC 5035, RFC 5754, RFC 8017). */
export const CMS_OIDS = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
} as const;

export const DIGEST_NAMES: Readonly<Record<string, string>> = {
  [CMS_OIDS.sha256]: 'sha256',
  [CMS_OIDS.sha384]: 'sha384',
  [CMS_OIDS.sha512]: 'sha512',
};

import { createHash } from 'node:crypto';
import type { PackageTransport } from '../../shared/domain';
import type { PackageProblem } from '../../shared/sync';
import { SyncHttpError } from '../http';
import type { PackageFiles } from './verifyUpload';

export interface DecodedUpload {
  files: PackageFiles;
  /** SHA-256 of the manifest.json bytes: the package's identity (see determinationReceiptSchema). */
  packageSha256: string;
  /** SHA-256 over every decoded file, length-prefixed: tells "the same upload again" from "another body". */
  bodySha256: string;
}

// A flat character class: a grouped, repeated pattern overflows V8's regex stack on a 30 MB letter.
const BASE64_CHARS = /^[A-Za-z0-9+/]*={0,2}$/;
const isBase64 = (text: string): boolean => text.length % 4 === 0 && BASE64_CHARS.test(text);
const BASE64_FILES = ['letter.pdf', 'determination.json', 'certificate.pem'] as const;

/** Turns the JSON transport back into file bytes; base64 that Node would silently mangle is refused. */
export function decodeTransport(body: PackageTransport): DecodedUpload {
  const problems: PackageProblem[] = BASE64_FILES.filter((name) => !isBase64(body.files[name])).map((name) => ({
    file: name,
    code: 'BAD_BASE64',
    message: `${name} is not valid base64 in the upload body.`,
  }));
  if (problems.length) {
    throw new SyncHttpError(
      'PACKAGE_INVALID',
      `The package was damaged in transit: ${problems.map((p) => p.file).join(', ')} could not be decoded. Upload it again.`,
      { problems },
    );
  }
  const files: PackageFiles = {
    manifestJson: Buffer.from(body.manifestJson, 'utf8'),
    manifestSig: Buffer.from(body.manifestSig, 'utf8'),
    'letter.pdf': Buffer.from(body.files['letter.pdf'], 'base64'),
    'determination.json': Buffer.from(body.files['determination.json'], 'base64'),
    'certificate.pem': Buffer.from(body.files['certificate.pem'], 'base64'),
  };
  const bodyHash = createHash('sha256');
  for (const [name, bytes] of Object.entries(files)) bodyHash.update(`${name}:${bytes.length}:`).update(bytes);
  return {
    files,
    packageSha256: createHash('sha256').update(files.manifestJson).digest('hex'),
    bodySha256: bodyHash.digest('hex'),
  };
}

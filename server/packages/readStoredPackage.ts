import type { ServerDb } from '../db';
import { findPackageContent } from '../repositories';
import { readBlob, type BlobStorage } from '../storage';

export interface StoredPackageFiles {
  manifestJson: Buffer;
  manifestSig: Buffer;
  'letter.pdf': Buffer;
  'determination.json': Buffer;
  'certificate.pem': Buffer;
}

/** A received package's files exactly as they arrived (inline for packages from before migration 2, else from storage). */
export async function readStoredPackage(
  db: ServerDb,
  storage: BlobStorage,
  receiptId: string,
): Promise<StoredPackageFiles | null> {
  const row = await findPackageContent(db.query, receiptId);
  if (!row) return null;
  const file = async (inline: Buffer | null, sha256: string | null): Promise<Buffer> => {
    if (sha256) return readBlob(storage, sha256);
    if (inline) return Buffer.from(inline);
    throw new Error(`Package ${receiptId} has neither inline bytes nor a stored file.`);
  };
  return {
    manifestJson: Buffer.from(row.manifestJson, 'utf8'),
    manifestSig: Buffer.from(row.manifestSig, 'utf8'),
    'letter.pdf': await file(row.letterPdf, row.letterSha256),
    'determination.json': await file(row.determinationJson, row.determinationSha256),
    'certificate.pem': Buffer.from(row.certificatePem, 'utf8'),
  };
}

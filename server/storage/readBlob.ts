import type { BlobStorage } from './blobStorage';

/** The whole blob, verified, in memory (package files and migration copies; records are streamed instead). */
export async function readBlob(storage: BlobStorage, sha256: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of storage.read(sha256)) parts.push(part);
  return Buffer.concat(parts);
}

/** An inclusive byte range, as in `Range: bytes=start-end`. */
export interface ByteRange {
  start: number;
  end: number;
}

export interface BlobInfo {
  sha256: string;
  sizeBytes: number;
}

export type StorageDriverName = 'fs' | 'database';

/**
 * Content-addressed storage for record files and received package files: every blob is named by the SHA-256 of its
 * bytes and cut into chunks that each carry their own SHA-256, so a Range read checks exactly what it sends.
 */
export interface BlobStorage {
  readonly name: string;
  /** Stores bytes under their SHA-256; storing the same bytes again changes nothing. */
  put(bytes: Buffer): Promise<BlobInfo>;
  stat(sha256: string): Promise<BlobInfo | null>;
  /**
   * The bytes of the range (default: all), chunk by chunk; each chunk is checked against its SHA-256 before it is
   * yielded, and a whole-blob read is also checked against the blob's name. Throws BlobUnreadableError instead of
   * yielding a byte that does not match.
   */
  read(sha256: string, range?: ByteRange): AsyncIterable<Buffer>;
  /** Up to `limit` stored SHA-256s greater than `after`, in order: how a migration pages through a driver. */
  list(after: string | null, limit: number): Promise<string[]>;
  delete(sha256: string): Promise<void>;
}

/** Record files and package files are cut into chunks of this size on every driver. */
export const CHUNK_BYTES = 256 * 1024;

export class BlobUnreadableError extends Error {
  readonly reason: 'missing' | 'corrupt';
  readonly sha256: string;

  constructor(reason: 'missing' | 'corrupt', sha256: string, message: string) {
    super(message);
    this.name = 'BlobUnreadableError';
    this.reason = reason;
    this.sha256 = sha256;
  }
}

import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/ipc';
import type { ImportLimits } from './importLimits';

export interface StagedFile {
  name: string;
  bytes: Uint8Array | null;
  /** Why the file cannot be imported, when it was refused at upload time. */
  problem: string | null;
}

export interface UploadStaging {
  begin(name: string, size: number): { uploadId: string; accepted: boolean; message: string | null };
  append(uploadId: string, offset: number, chunk: Buffer): number;
  take(uploadId: string): StagedFile;
}

interface Upload {
  name: string;
  buffer: Buffer | null;
  received: number;
  problem: string | null;
  touched: number;
}

const STALE_MS = 60 * 60_000;
const megabytes = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

/** Uploads held in memory (never as clear files on disk) until an import job takes them. */
export function createUploadStaging(limits: ImportLimits, now: () => number = Date.now): UploadStaging {
  const uploads = new Map<string, Upload>();
  const stagedBytes = () => [...uploads.values()].reduce((sum, u) => sum + (u.buffer?.byteLength ?? 0), 0);
  const sweep = () => {
    for (const [id, u] of uploads) if (now() - u.touched > STALE_MS) uploads.delete(id);
  };
  const find = (uploadId: string) => {
    const upload = uploads.get(uploadId);
    if (!upload)
      throw new AppError('NOT_FOUND', 'That upload has expired or was already imported. Add the file again.');
    upload.touched = now();
    return upload;
  };

  return {
    begin(name, size) {
      sweep();
      const uploadId = randomUUID();
      let problem: string | null = null;
      if (size > limits.maxFileBytes) {
        problem = `"${name}" is too large to import (${megabytes(size)}; the limit is ${megabytes(limits.maxFileBytes)}). Split it into smaller PDFs and import those.`;
      } else if (stagedBytes() + size > limits.maxStagedBytes) {
        problem = `"${name}" was not imported: too many files are being uploaded at once. Import it again when the current import finishes.`;
      }
      uploads.set(uploadId, {
        name,
        buffer: problem ? null : Buffer.alloc(size),
        received: 0,
        problem,
        touched: now(),
      });
      return { uploadId, accepted: problem === null, message: problem };
    },
    append(uploadId, offset, chunk) {
      const upload = find(uploadId);
      if (!upload.buffer) return upload.received;
      if (offset !== upload.received || offset + chunk.byteLength > upload.buffer.byteLength) {
        throw new AppError(
          'INVALID_INPUT',
          `The upload of "${upload.name}" arrived out of order or larger than announced. Add the file again.`,
        );
      }
      chunk.copy(upload.buffer, offset);
      upload.received += chunk.byteLength;
      return upload.received;
    },
    take(uploadId) {
      const upload = find(uploadId);
      uploads.delete(uploadId);
      if (upload.problem || !upload.buffer) return { name: upload.name, bytes: null, problem: upload.problem };
      if (upload.received !== upload.buffer.byteLength) {
        return {
          name: upload.name,
          bytes: null,
          problem: `"${upload.name}" did not finish uploading (${upload.received} of ${upload.buffer.byteLength} bytes). Add it again.`,
        };
      }
      return { name: upload.name, bytes: upload.buffer, problem: null };
    },
  };
}

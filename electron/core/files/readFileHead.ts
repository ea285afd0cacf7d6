import { closeSync, openSync, readSync } from 'node:fs';

/** The first `length` bytes of a file (fewer if it is shorter), without reading the rest. */
export function readFileHead(path: string, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(length);
    return head.subarray(0, readSync(fd, head, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}

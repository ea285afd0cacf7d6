/** One DER element with its byte offsets in the buffer it was read from. */
export interface DerNode {
  tag: number;
  /** Offset of the tag byte. */
  start: number;
  /** Offset of the first content byte. */
  contentStart: number;
  /** Offset just past the element. */
  end: number;
  bytes: Buffer;
  content: Buffer;
  children: () => DerNode[];
}

/** Reads the DER element at `offset` (definite lengths, single-byte tags: all CMS and X.509 use). Throws on malformed input. */
export function readDer(buffer: Buffer, offset = 0): DerNode {
  const tag = byteAt(buffer, offset);
  if ((tag & 0x1f) === 0x1f) throw new Error('multi-byte DER tags are not supported');
  let cursor = offset + 1;
  const first = byteAt(buffer, cursor++);
  let length = first;
  if (first & 0x80) {
    const count = first & 0x7f;
    if (count === 0 || count > 4) throw new Error('unsupported DER length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + byteAt(buffer, cursor++);
  }
  const end = cursor + length;
  if (end > buffer.length) throw new Error('DER element runs past the end of its buffer');
  const contentStart = cursor;
  return {
    tag,
    start: offset,
    contentStart,
    end,
    bytes: buffer.subarray(offset, end),
    content: buffer.subarray(contentStart, end),
    children: () => {
      if ((tag & 0x20) === 0) throw new Error('a primitive DER element has no children');
      const out: DerNode[] = [];
      for (let at = contentStart; at < end; at = out[out.length - 1]?.end ?? end) {
        const child = readDer(buffer, at);
        if (child.end > end) throw new Error('DER element runs past the end of its parent');
        out.push(child);
      }
      return out;
    },
  };
}

function byteAt(buffer: Buffer, offset: number): number {
  const value = buffer[offset];
  if (value === undefined) throw new Error('DER element truncated');
  return value;
}

/** The few DER encoders CMS signing needs (X.690). Inputs are already-encoded elements where a type nests. */
export const der = {
  tlv(tag: number, content: Buffer): Buffer {
    return Buffer.concat([Buffer.from([tag]), encodeLength(content.length), content]);
  },
  sequence(...elements: Buffer[]): Buffer {
    return der.tlv(0x30, Buffer.concat(elements));
  },
  /** SET OF in DER order (elements sorted by their encodings), as signed attributes require. */
  setOf(...elements: Buffer[]): Buffer {
    return der.tlv(0x31, Buffer.concat([...elements].sort(Buffer.compare)));
  },
  /** [n] with constructed content (EXPLICIT tagging, or IMPLICIT over a SET/SEQUENCE body). */
  context(tagNumber: number, ...elements: Buffer[]): Buffer {
    return der.tlv(0xa0 + tagNumber, Buffer.concat(elements));
  },
  /** Small non-negative integers only (CMS version numbers). */
  integer(value: number): Buffer {
    if (!Number.isInteger(value) || value < 0 || value > 127)
      throw new RangeError(`der.integer: ${value} is out of range`);
    return der.tlv(0x02, Buffer.from([value]));
  },
  octetString(bytes: Buffer): Buffer {
    return der.tlv(0x04, bytes);
  },
  null(): Buffer {
    return Buffer.from([0x05, 0x00]);
  },
  oid(dotted: string): Buffer {
    const arcs = dotted.split('.').map(Number);
    const [first = 0, second = 0, ...rest] = arcs;
    const bytes: number[] = [first * 40 + second];
    for (const arc of rest) {
      const base128: number[] = [arc & 0x7f];
      for (let v = Math.floor(arc / 128); v > 0; v = Math.floor(v / 128)) base128.unshift((v & 0x7f) | 0x80);
      bytes.push(...base128);
    }
    return der.tlv(0x06, Buffer.from(bytes));
  },
};

function encodeLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let v = length; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

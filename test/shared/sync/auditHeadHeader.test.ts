import { describe, expect, it } from 'vitest';
import {
  formatAuditHead,
  formatSeenAuditHead,
  parseAuditHead,
  parseSeenAuditHead,
} from '../../../shared/sync/auditHeadHeader';

const hash = 'ab'.repeat(32);

describe('audit head headers', () => {
  it('read back what they write', () => {
    expect(parseAuditHead(formatAuditHead({ eventId: 42, hash }))).toEqual({ eventId: 42, hash });
    const seen = { eventId: 7, hash, seenAt: '2026-12-05T03:00:00.000Z' };
    expect(parseSeenAuditHead(formatSeenAuditHead(seen))).toEqual(seen);
  });

  it('take anything else as no head at all: empty, malformed, huge or hostile values', () => {
    for (const value of [
      undefined,
      null,
      '',
      '42',
      `42:${hash.slice(1)}`,
      `-1:${hash}`,
      `42:${hash.toUpperCase()}`,
      `42:${hash} `,
      `${'9'.repeat(16)}:${hash}`,
      `42:${hash}\r\nx-injected: 1`,
      'x'.repeat(100_000),
    ]) {
      expect(parseAuditHead(value), String(value).slice(0, 40)).toBeNull();
      expect(parseSeenAuditHead(value), String(value).slice(0, 40)).toBeNull();
    }
    expect(parseSeenAuditHead(`42:${hash}@yesterday`)).toBeNull();
    expect(parseSeenAuditHead(`42:${hash}`)).toBeNull();
  });
});

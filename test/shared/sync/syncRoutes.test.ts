import { describe, expect, it } from 'vitest';
import { parseContentRange } from '../../../shared/sync/parseContentRange';
import { SYNC_ERRORS, isSyncErrorCode } from '../../../shared/sync/syncErrorCodes';
import { SYNC_ROUTES, assignmentsPath, recordPath } from '../../../shared/sync/syncRoutes';

describe('syncRoutes', () => {
  it('builds the assignments path with an encoded cursor when a cursor and limit are given', () => {
    expect(assignmentsPath(null)).toBe(SYNC_ROUTES.assignments);
    expect(assignmentsPath('ab+c.5', 10)).toBe('/v1/assignments?cursor=ab%2Bc.5&limit=10');
    expect(recordPath('f'.repeat(64))).toBe(`/v1/records/${'f'.repeat(64)}`);
  });
});

describe('parseContentRange', () => {
  it('reads start, end and size when the header is well formed', () => {
    expect(parseContentRange('bytes 100-199/1000')).toEqual({ start: 100, end: 199, size: 1000 });
  });

  it('returns null when the header is missing, unsatisfied or inverted', () => {
    expect(parseContentRange(null)).toBeNull();
    expect(parseContentRange('bytes */1000')).toBeNull();
    expect(parseContentRange('bytes 200-100/1000')).toBeNull();
    expect(parseContentRange('bytes 0-1000/1000')).toBeNull();
  });
});

describe('syncErrorCodes', () => {
  it('maps resync to 410 and marks only server failures retryable when asked for a code', () => {
    expect(SYNC_ERRORS.RESYNC_REQUIRED.status).toBe(410);
    expect(SYNC_ERRORS.INTERNAL.retryable).toBe(true);
    expect(SYNC_ERRORS.PACKAGE_INVALID.retryable).toBe(false);
    expect(isSyncErrorCode('RESYNC_REQUIRED')).toBe(true);
    expect(isSyncErrorCode('SOMETHING_NEW')).toBe(false);
  });
});

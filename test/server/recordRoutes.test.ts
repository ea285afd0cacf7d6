import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../shared/domain/caseModel';
import { assignmentsPageSchema } from '../../shared/sync/assignmentsFeedSchema';
import { parseContentRange } from '../../shared/sync/parseContentRange';
import { assignmentsPath, recordPath } from '../../shared/sync/syncRoutes';
import { readBlob } from '../../server/storage/readBlob';
import { startTestServer, type TestServer } from './support/startTestServer';
import { syncRequest } from './support/syncRequest';

async function documentsOf(t: TestServer, token: string): Promise<DocumentMeta[]> {
  const response = await syncRequest(t.server.url, assignmentsPath(null), token);
  const page = assignmentsPageSchema.parse(await response.json());
  return page.items.flatMap((change) => (change.kind === 'assigned' ? change.assignment.documents : []));
}

describe('recordRoutes', () => {
  let t: TestServer;
  let mine: DocumentMeta;
  let theirs: DocumentMeta;
  let bytes: Buffer;
  beforeAll(async () => {
    t = await startTestServer();
    mine = (await documentsOf(t, t.tokens.a))[0]!;
    theirs = (await documentsOf(t, t.tokens.b))[0]!;
    bytes = await readBlob(t.server.storage, mine.sha256);
  });
  afterAll(() => t.stop());

  it('sends the whole record with Accept-Ranges and an ETag when no range is asked for', async () => {
    const response = await syncRequest(t.server.url, recordPath(mine.sha256), t.tokens.a);
    expect(response.status).toBe(200);
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.headers.get('etag')).toBe(`"${mine.sha256}"`);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const body = Buffer.from(await response.arrayBuffer());
    expect(createHash('sha256').update(body).digest('hex')).toBe(mine.sha256);
    expect(body.length).toBe(mine.sizeBytes);
  });

  it('answers 206 with Content-Range when a byte range is asked for', async () => {
    const response = await syncRequest(t.server.url, recordPath(mine.sha256), t.tokens.a, {
      headers: { range: 'bytes=10-109' },
    });
    expect(response.status).toBe(206);
    expect(parseContentRange(response.headers.get('content-range'))).toEqual({
      start: 10,
      end: 109,
      size: bytes.length,
    });
    expect(Buffer.from(await response.arrayBuffer())).toEqual(bytes.subarray(10, 110));
  });

  it('resumes to an identical file when a download stopped part way', async () => {
    const cutAt = Math.floor(bytes.length / 3);
    const firstPart = Buffer.from(
      await (
        await syncRequest(t.server.url, recordPath(mine.sha256), t.tokens.a, {
          headers: { range: `bytes=0-${cutAt - 1}` },
        })
      ).arrayBuffer(),
    );
    const rest = await syncRequest(t.server.url, recordPath(mine.sha256), t.tokens.a, {
      headers: { range: `bytes=${firstPart.length}-`, 'if-range': `"${mine.sha256}"` },
    });
    expect(rest.status).toBe(206);
    const joined = Buffer.concat([firstPart, Buffer.from(await rest.arrayBuffer())]);
    expect(createHash('sha256').update(joined).digest('hex')).toBe(mine.sha256);
  });

  it('serves a suffix range when the last bytes are asked for', async () => {
    const response = await syncRequest(t.server.url, recordPath(mine.sha256), t.tokens.a, {
      headers: { range: 'bytes=-16' },
    });
    expect(response.status).toBe(206);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(bytes.subarray(bytes.length - 16));
  });

  it('answers 416 with the size when the range starts beyond the end', async () => {
    const response = await syncRequest(t.server.url, recordPath(mine.sha256), t.tokens.a, {
      headers: { range: `bytes=${bytes.length}-` },
    });
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe(`bytes */${bytes.length}`);
    expect((await response.json()).error.code).toBe('RANGE_NOT_SATISFIABLE');
  });

  it('sends the whole file when If-Range names another version', async () => {
    const response = await syncRequest(t.server.url, recordPath(mine.sha256), t.tokens.a, {
      headers: { range: 'bytes=0-9', 'if-range': '"other"' },
    });
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBe(bytes.length);
    await response.arrayBuffer();
  });

  it("answers 403 when the record belongs to another reviewer's case", async () => {
    const response = await syncRequest(t.server.url, recordPath(theirs.sha256), t.tokens.a);
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe('FORBIDDEN');
  });

  it('answers 404 for an unknown hash and 400 for a malformed one', async () => {
    expect((await syncRequest(t.server.url, recordPath('0'.repeat(64)), t.tokens.a)).status).toBe(404);
    const bad = await syncRequest(t.server.url, recordPath('not-a-hash'), t.tokens.a);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe('INVALID_INPUT');
  });
});

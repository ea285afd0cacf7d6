import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assignCase } from '../../../server/assignments/assignCase';
import { createFaultProxy, type FaultProxy } from '../../../server/faults/createFaultProxy';
import { faultSequence } from '../../../server/faults/faultPlans';
import type { TestWorkspace } from '../../support/createTestWorkspace';
import {
  REVIEWER,
  startSyncServerForTest,
  syntheticCaseFolder,
  type SyncServerForTest,
} from './support/syncServerForTest';
import { openWorkspaceOf, syncedWorkspaceForTest } from './support/syncedWorkspaceForTest';

const MARKER = 'PARTIAL-DOWNLOAD-MARKER-7f3a';

/** A record with a PDF header, a unique marker throughout and random filler: what must never sit on disk in clear. */
function sensitiveRecord(size: number): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n% claimant record\n')];
  let total = parts[0]!.length;
  while (total < size) {
    const piece = Buffer.concat([Buffer.from(`${MARKER} `), randomBytes(200)]);
    parts.push(piece);
    total += piece.length;
  }
  return Buffer.concat(parts).subarray(0, size);
}

/** Any 48-byte window of the plaintext found in a file (sampled every 4 KiB), or the PDF header, or the marker. */
function leaks(file: Buffer, plain: Buffer): string[] {
  const found: string[] = [];
  if (file.includes(Buffer.from('%PDF-'))) found.push('%PDF-');
  if (file.includes(Buffer.from(MARKER))) found.push('marker');
  for (let at = 0; at + 48 <= plain.length; at += 4096)
    if (file.includes(plain.subarray(at, at + 48))) found.push(`bytes at ${at}`);
  return found;
}

describe('interrupted record downloads at rest', () => {
  let server: SyncServerForTest;
  let proxy: FaultProxy;
  let tw: TestWorkspace;

  beforeEach(async () => {
    server = await startSyncServerForTest();
    proxy = await createFaultProxy({ target: server.server.url, seed: 5 });
  });
  afterEach(async () => {
    tw?.dispose();
    await proxy.close();
    await server.stop();
  });

  it('holds no record byte in clear while the workspace is locked, and resumes into the right file after unlock', async () => {
    const plain = sensitiveRecord(300_000);
    const sha = createHash('sha256').update(plain).digest('hex');
    const folder = syntheticCaseFolder(7, 1, 100);
    folder.files = [{ bytes: plain, mimeType: 'application/pdf', pageCount: 1 }];
    const { caseId } = await assignCase(server.server.db, server.storage(), REVIEWER, folder, new Date());
    const cut = { kind: 'dropResponse', afterBytes: 120_000 } as const;
    proxy.setPlan(faultSequence([cut, cut, cut, cut], (r) => r.path.startsWith('/v1/records/')));
    tw = await syncedWorkspaceForTest(proxy.url, server.token);
    expect((await tw.call('sync.run', {})).lastError?.code).toBe('NETWORK');

    await tw.call('session.lock', {});
    const dir = join(tw.dataDir, 'sync-downloads');
    const [name] = readdirSync(dir);
    expect(name).toBe(`${sha}.part`);
    const partial = readFileSync(join(dir, name!));
    expect(partial.length).toBeGreaterThan(100_000);
    expect(leaks(partial, plain)).toEqual([]);
    for (const file of readdirSync(tw.dataDir, { recursive: true, withFileTypes: true }))
      if (file.isFile()) expect(leaks(readFileSync(join(file.parentPath, file.name)), plain), file.name).toEqual([]);

    // A crash tore the last block the moment it was written: resuming cuts it off and fetches the rest.
    truncateSync(join(dir, name!), statSync(join(dir, name!)).size - 7);
    await tw.call('session.unlock', {});
    expect((await tw.call('sync.run', {})).lastError).toBeNull();
    const ws = openWorkspaceOf(tw);
    const [doc] = await tw.call('records.documents', { caseId });
    expect(
      createHash('sha256')
        .update(ws.store.read(join(sha.slice(0, 2), sha)))
        .digest('hex'),
    ).toBe(sha);
    expect(doc?.unavailable).toBeNull();
    expect(readdirSync(dir)).toEqual([]);
    const resumed = proxy.events.filter((e) => e.path.startsWith('/v1/records/')).at(-1);
    expect(resumed?.upstreamStatuses).toEqual([206]);
  });

  it('deletes an interrupted download an older version left in clear when the workspace opens', async () => {
    const plain = sensitiveRecord(50_000);
    tw = await syncedWorkspaceForTest(proxy.url, server.token);
    const dir = join(tw.dataDir, 'sync-downloads');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${'a'.repeat(64)}.part`), plain.subarray(0, 20_000));
    await tw.restart();
    expect(readdirSync(dir)).toEqual([]);
  });
});

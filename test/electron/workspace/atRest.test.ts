import { randomBytes, scryptSync } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticKeyProvider } from '../../../electron/core/db/keyProvider';
import { openDatabase } from '../../../electron/core/db/openDatabase';
import { generateDemoWorkspace } from '../../../electron/core/demo/generateDemoWorkspace';
import { readRecordRange } from '../../../electron/core/records/readRecordRange';
import { importFiles } from '../records/support/importFiles';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';
import { filesUnder } from '../../support/filesUnder';
import { PASSPHRASE, passphraseBackend } from '../../support/passphraseBackend';
import { tempDir } from '../../support/tempDir';

const MARKER = 'Quixotic-marker 7731: the claimant reported zephyr-like paresthesia';

describe('data at rest', () => {
  let t: TestWorkspace;
  let needles: Buffer[];
  let tmpBefore: Set<string>;

  beforeAll(async () => {
    tmpBefore = new Set(readdirSync(tmpdir()));
    t = await createTestWorkspace({ seedDemo: true });
    const [first] = await t.call('cases.list', {});
    if (!first) throw new Error('the demo workspace has no cases');
    const status = await importFiles(t, first.id, [
      { name: 'marker-note.txt', bytes: Buffer.from(`${MARKER}\n`.repeat(40)) },
    ]);
    expect(status.files[0]?.state).toBe('imported');
    const demo = await generateDemoWorkspace({ today: '2026-11-24', seed: 1 });
    const pdfs = demo.cases.flatMap((c) => c.documents.map((d) => Buffer.from(d.pdf)));
    needles = [
      Buffer.from(MARKER),
      Buffer.from('%PDF-'),
      ...demo.cases.slice(0, 5).flatMap((c) => [Buffer.from(c.claimantName), Buffer.from(c.caseNumber)]),
      ...pdfs
        .slice(0, 6)
        .flatMap((pdf) =>
          [0.25, 0.5, 0.75].map((f) => pdf.subarray(Math.floor(pdf.length * f), Math.floor(pdf.length * f) + 48)),
        ),
    ];
    const docs = await t.call('records.documents', { caseId: first.id });
    for (const doc of docs) readRecordRange(t.backend.ws, doc.id, 'bytes=0-70000');
    t.backend.ws.db.pragma('wal_checkpoint(PASSIVE)');
  }, 120_000);
  afterAll(() => t.dispose());

  it('finds no demo text, marker text or PDF bytes in any file of the workspace', () => {
    const files = filesUnder(t.dataDir);
    expect(files.some((f) => f.path.endsWith('workspace.db'))).toBe(true);
    expect(files.filter((f) => f.path.includes(`${join('records', '')}`)).length).toBeGreaterThan(10);
    const hits = files.flatMap((f) =>
      needles.filter((n) => f.bytes.includes(n)).map((n) => `${f.path}: ${n.toString('latin1').slice(0, 40)}`),
    );
    expect(hits).toEqual([]);
  });

  it('leaves nothing readable in the temp folder after records were imported and viewed', () => {
    const fresh = readdirSync(tmpdir()).filter((name) => !tmpBefore.has(name) && join(tmpdir(), name) !== t.dataDir);
    const leaks = fresh.flatMap((name) => {
      const path = join(tmpdir(), name);
      try {
        const files = statSync(path).isDirectory() ? filesUnder(path) : [];
        return files.filter((f) => f.bytes.includes(Buffer.from(MARKER))).map((f) => f.path);
      } catch {
        return [];
      }
    });
    expect(leaks).toEqual([]);
  });

  it('refuses to open the database with any other key, including one derived from a guess', () => {
    const file = join(t.dataDir, 'workspace.db');
    for (const key of [
      randomBytes(32),
      Buffer.alloc(32),
      scryptSync('password', 'salt', 32),
      Buffer.from(t.key.map((b, i) => (i === 0 ? b ^ 1 : b))),
    ]) {
      expect(() => openDatabase({ file, keyProvider: staticKeyProvider(key), readonly: true })).toThrow(
        expect.objectContaining({ code: 'DB_KEY_INVALID' }),
      );
    }
  });
});

describe('passphrase protection', () => {
  it('never opens the workspace with a wrong passphrase, however close', async () => {
    const dir = tempDir('imr-wrongpass-');
    const b = await passphraseBackend(dir.path);
    await b.call('session.setup', { passphrase: PASSPHRASE });
    b.backend.ws.store.put(Buffer.from(MARKER));
    b.backend.close();
    const again = await passphraseBackend(dir.path);
    const attempts = [
      '',
      ' ',
      PASSPHRASE.toUpperCase(),
      `${PASSPHRASE} `,
      PASSPHRASE.slice(0, -1),
      `${PASSPHRASE}\u0000`,
      'x'.repeat(1024),
    ];
    for (const passphrase of attempts) {
      const result = await again.raw('session.unlock', { passphrase });
      expect(result.ok).toBe(false);
      expect((await again.call('session.status', {})).state).toBe('locked');
    }
    expect(await again.raw('cases.list', {})).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
    expect(filesUnder(dir.path).filter((f) => f.bytes.includes(Buffer.from(MARKER)))).toEqual([]);
    expect((await again.call('session.unlock', { passphrase: PASSPHRASE })).state).toBe('unlocked');
    again.backend.close();
    dir.remove();
  }, 60_000);
});

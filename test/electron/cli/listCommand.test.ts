import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { LIST_COMMAND } from '../../../electron/cli/listCommand';
import type { CliArgs, CliFlags } from '../../../electron/cli/cliCommand';
import { parseCliArgs } from '../../../electron/cli/parseCliArgs';
import { createBackend, type Backend } from '../../../electron/core/backend/createBackend';
import { latestSchemaVersion } from '../../../electron/core/db/migrate';
import { openDatabase } from '../../../electron/core/db/openDatabase';
import { fileKeyProvider, KEY_FILE_NAME, readKeyFile } from '../../../electron/core/keys/fileKeyProvider';
import { silentLogger } from '../../../electron/core/log/logger';
import { fixedClock } from '../../../electron/core/workspace/clock';
import { databaseFileOf } from '../../../electron/core/workspace/workspacePaths';
import { addManyCases } from '../../support/addManyCases';
import { databaseFingerprint } from '../../support/databaseFingerprint';
import { PASSPHRASE, passphraseBackend } from '../../support/passphraseBackend';
import { tempDir } from '../../support/tempDir';

const cli = (...argv: string[]): CliArgs => parseCliArgs(['list', ...argv]);
const openBackend = (dataDir: string): Promise<Backend> =>
  createBackend({
    dataDir,
    keyProvider: fileKeyProvider(dataDir, silentLogger),
    log: silentLogger,
    transport: 'in-process',
    clock: fixedClock('2026-11-24T09:00:00.000Z'),
    seedDemo: false,
  });

/** What `list` prints through the back end (the path every other command takes). */
async function listThroughBackend(dataDir: string, args: string[], flags: CliFlags): Promise<string> {
  const backend = await openBackend(dataDir);
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    expect(await LIST_COMMAND.run({ invoke: backend.invoke, args, flags })).toBe(0);
  } finally {
    spy.mockRestore();
    backend.close();
  }
  return written.join('');
}

/**
 * Every file in the folder with its size and modification time: a read that writes nothing leaves it unchanged. Not
 * the -shm file: SQLite's shared-memory index, where every reader of a WAL database marks what it reads.
 */
const folderState = (dir: string) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => !name.endsWith('-shm'))
    .sort()
    .map((name) => {
      const info = statSync(join(dir, name));
      return `${name} ${info.isDirectory() ? 'dir' : `${info.size} ${info.mtimeMs}`}`;
    });

describe('list answers without the back end, and says the same', () => {
  const dir = tempDir('imr-cli-list-');
  const dataDir = join(dir.path, 'workspace');

  beforeAll(async () => {
    const backend = await openBackend(dataDir);
    addManyCases(backend.ws.db, 300, '2026-11-24');
    await backend.invoke('archive.setPolicy', { policy: { retentionDays: 100, keepRecordText: true } });
    const archived = await backend.invoke('archive.run', { confirm: true });
    expect(archived.archived).toBeGreaterThan(0);
    backend.close();
  });
  afterAll(() => dir.remove());
  afterEach(() => vi.restoreAllMocks());

  const views: [string, string[]][] = [
    ['the open cases', []],
    ['every case not archived', ['--all']],
    ['the archived cases', ['--archived']],
    ['a claimant', ['Bulk Claimant 10']],
    ['a treatment, in any case', ['GABAPENTIN', '--all']],
    ['a case number', ['5000120', '--all']],
    ['nothing found', ['no such claimant']],
  ];
  it.each(views)('%s: the same text as through the back end', async (_name, argv) => {
    const parsed = cli(...argv);
    const quick = LIST_COMMAND.quick?.(parsed, dataDir);
    expect(quick, 'answered quickly').not.toBeNull();
    expect(quick?.code).toBe(0);
    expect(quick?.out).toBe(await listThroughBackend(dataDir, parsed.args, parsed.flags));
    expect(quick?.out).toMatch(/^\d+ (open |archived )?case\(s\)$/m);
  });

  it('lists 30 open cases, then says how many closed ones --all adds', () => {
    const out = LIST_COMMAND.quick?.(cli(), dataDir)?.out ?? '';
    const lines = out.trimEnd().split('\n');
    expect(lines.filter((l) => /^CM\d{2}-\d{7} {2}/.test(l))).toHaveLength(30);
    expect(lines.at(-2)).toBe('30 open case(s)');
    expect(lines.at(-1)).toMatch(/^\d+ closed case\(s\) not listed: list --all shows them too\.$/);
  });

  it('writes nothing: no audit entry, no database change, no new or touched file', () => {
    const fingerprint = () => {
      const db = openDatabase({
        file: databaseFileOf(dataDir),
        keyProvider: fileKeyProvider(dataDir, silentLogger),
        readonly: true,
      });
      try {
        return databaseFingerprint(db);
      } finally {
        db.close();
      }
    };
    const before = { db: fingerprint(), files: folderState(dataDir) };
    expect(LIST_COMMAND.quick?.(cli('--all'), dataDir)).not.toBeNull();
    expect({ db: fingerprint(), files: folderState(dataDir) }).toEqual(before);
  });

  describe('leaves the command to the back end when only it can answer', () => {
    it('while another program holds the workspace (the back end then says so and reads it)', async () => {
      const holder = await openBackend(dataDir);
      try {
        expect(LIST_COMMAND.quick?.(cli(), dataDir)).toBeNull();
      } finally {
        holder.close();
      }
      expect(LIST_COMMAND.quick?.(cli(), dataDir)).not.toBeNull();
    });

    it('while a key change is half done (the back end completes it first)', () => {
      const next = join(dataDir, `${KEY_FILE_NAME}.next`);
      writeFileSync(next, readKeyFile(join(dataDir, KEY_FILE_NAME)).toString('hex'));
      try {
        expect(LIST_COMMAND.quick?.(cli(), dataDir)).toBeNull();
      } finally {
        rmSync(next);
      }
    });

    it('when the workspace needs an upgrade (the back end migrates it, after a backup)', () => {
      const setVersion = (version: number) => {
        const db = openDatabase({ file: databaseFileOf(dataDir), keyProvider: fileKeyProvider(dataDir, silentLogger) });
        db.pragma(`user_version = ${version}`);
        db.close();
      };
      setVersion(latestSchemaVersion() - 1);
      try {
        expect(LIST_COMMAND.quick?.(cli(), dataDir)).toBeNull();
      } finally {
        setVersion(latestSchemaVersion());
      }
    });

    it('for a search longer than the back end takes (it says why it refuses)', () => {
      expect(LIST_COMMAND.quick?.(cli('x'.repeat(201)), dataDir)).toBeNull();
      expect(LIST_COMMAND.quick?.(cli('x'.repeat(200)), dataDir)).not.toBeNull();
    });

    it('when the key file is damaged (the back end says to restore it)', async () => {
      const other = tempDir('imr-cli-list-key-');
      try {
        const backend = await openBackend(other.path);
        addManyCases(backend.ws.db, 5, '2026-11-24');
        backend.close();
        expect(LIST_COMMAND.quick?.(cli(), other.path)).not.toBeNull();
        writeFileSync(join(other.path, KEY_FILE_NAME), 'not a key');
        expect(LIST_COMMAND.quick?.(cli(), other.path)).toBeNull();
      } finally {
        other.remove();
      }
    });

    it('for a folder with no workspace or no case yet (the back end creates the demo there)', async () => {
      const empty = tempDir('imr-cli-list-empty-');
      try {
        expect(LIST_COMMAND.quick?.(cli(), join(empty.path, 'none'))).toBeNull();
        (await openBackend(empty.path)).close();
        expect(LIST_COMMAND.quick?.(cli(), empty.path)).toBeNull();
      } finally {
        empty.remove();
      }
    });

    it('for a workspace whose key a passphrase protects (the back end asks for it)', async () => {
      const locked = tempDir('imr-cli-list-passphrase-');
      try {
        const b = await passphraseBackend(locked.path);
        await b.call('session.setup', { passphrase: PASSPHRASE });
        addManyCases(b.backend.ws.db, 5, '2026-11-24');
        b.backend.close();
        expect(LIST_COMMAND.quick?.(cli(), locked.path)).toBeNull();
      } finally {
        locked.remove();
      }
    });
  });

  it('a file that is not a database: the back end reports it, the quick path does not guess', () => {
    const bad = tempDir('imr-cli-list-bad-');
    try {
      writeFileSync(databaseFileOf(bad.path), 'this is not an encrypted workspace');
      writeFileSync(join(bad.path, KEY_FILE_NAME), 'ab'.repeat(32));
      expect(LIST_COMMAND.quick?.(cli(), bad.path)).toBeNull();
    } finally {
      bad.remove();
    }
  });
});

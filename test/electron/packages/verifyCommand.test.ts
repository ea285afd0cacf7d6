import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeDetermination, openSampleCase, type SampleCase } from '../../support/sampleCase';

const run = promisify(execFile);

/** npm run cli -- verify <dir> [args], as a separate process: its exit code and what it printed. */
async function verifyCli(dir: string, ...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(
      join('node_modules', '.bin', 'tsx'),
      ['electron/cli/main.ts', 'verify', dir, '--data-dir', join(dir, '..', 'no-workspace'), ...args],
      { encoding: 'utf8' },
    );
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

/** One changed byte in a place that file's check depends on. */
const TAMPER: Record<string, (bytes: Buffer) => number> = {
  // Inside the first signed byte range of the PDF (the page content), never the signature hex itself.
  'letter.pdf': (b) => Math.floor(Number(/\/ByteRange\s*\[\s*\d+\s+(\d+)/.exec(b.toString('latin1'))?.[1] ?? '0') / 2),
  'determination.json': (b) => b.indexOf('"summary"') + 2,
  'certificate.pem': (b) => Math.floor(b.length / 2),
  'manifest.json': (b) => b.indexOf('.000Z') - 1,
  // Inside the RSA signature value, the last element of the CMS.
  'manifest.sig': (b) => b.toString('ascii').trimEnd().replace(/=+$/, '').length - 20,
};

function flip(bytes: Buffer, at: number): void {
  const c = String.fromCharCode(bytes[at]!);
  // Stay inside the same alphabet (digit, base64 letter) so only the meaning changes, not the format.
  bytes[at] = /[0-8]/.test(c)
    ? bytes[at]! + 1
    : c === '9'
      ? 0x30
      : /[A-Ya-y]/.test(c)
        ? bytes[at]! + 1
        : bytes[at]! ^ 0x01;
}

describe('cli verify', () => {
  let s: SampleCase;
  let packageDir: string;
  let scratch: string;
  beforeAll(async () => {
    s = await openSampleCase();
    await completeDetermination(s);
    await s.t.call('determinations.sign', { caseId: s.caseId, passphrase: 'correct horse battery' });
    scratch = mkdtempSync(join(tmpdir(), 'imr-tamper-'));
    packageDir = (
      await s.t.call('determinations.exportPackage', { caseId: s.caseId, targetDir: join(scratch, 'exported') })
    ).dir;
  });
  afterAll(() => {
    s?.t.dispose();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('prints every hash, both signatures and VERIFIED, and exits 0 when the package is intact and its signer pinned', async () => {
    const { code, out } = await verifyCli(packageDir, '--trust', join(packageDir, 'certificate.pem'));
    expect(code).toBe(0);
    for (const name of ['letter.pdf', 'determination.json', 'certificate.pem'])
      expect(out).toMatch(new RegExp(`OK\\s+${name.replace('.', '\\.')}\\s+[0-9a-f]{64}`));
    expect(out).toMatch(/VALID\s+manifest\.sig over manifest\.json/);
    expect(out).toMatch(/VALID\s+letter\.pdf embedded signature/);
    expect(out).toMatch(/VERIFIED: .* is one you trust \(--trust /);
  });

  it.concurrent.each(Object.keys(TAMPER))('names %s and exits 1 when one byte of it is changed', async (file) => {
    const dir = join(scratch, file);
    cpSync(packageDir, dir, { recursive: true });
    const bytes = readFileSync(join(dir, file));
    flip(bytes, TAMPER[file]!(bytes));
    writeFileSync(join(dir, file), bytes);
    const { code, out } = await verifyCli(dir);
    expect(code).toBe(1);
    const verdict = out.trim().split('\n').at(-1)!;
    expect(verdict).toMatch(/^NOT VALID: /);
    expect(verdict).toContain(file);
  });
});

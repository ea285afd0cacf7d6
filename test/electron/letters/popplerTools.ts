import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs a poppler tool (pdftotext, pdfinfo, pdffonts, pdfsig, pdftohtml) on PDF bytes and returns its standard output. */
export function runPoppler(
  tool: 'pdftotext' | 'pdfinfo' | 'pdffonts' | 'pdfsig' | 'pdftohtml',
  pdf: Uint8Array,
  args: readonly string[] = [],
): string {
  const dir = mkdtempSync(join(tmpdir(), 'imr-poppler-'));
  try {
    const file = join(dir, 'letter.pdf');
    writeFileSync(file, pdf);
    const argv =
      tool === 'pdftotext'
        ? [...args, file, '-']
        : tool === 'pdftohtml'
          ? ['-xml', '-stdout', '-i', ...args, file]
          : [...args, file];
    try {
      return execFileSync(tool, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      // pdfsig exits non-zero on an invalid signature; its report is still the answer.
      const out = (error as { stdout?: string }).stdout;
      if (typeof out === 'string' && out.length > 0) return out;
      throw error;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

import { execFileSync } from 'node:child_process';

/** poppler's pdfsig report for a PDF file; it exits non-zero on an invalid signature, and its report is still the answer. */
export function runPdfsig(file: string): string {
  try {
    return execFileSync('pdfsig', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const out = (error as { stdout?: string }).stdout;
    if (typeof out === 'string' && out.length > 0) return out;
    throw error;
  }
}

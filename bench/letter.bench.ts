import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderLetterPdf } from '../electron/core/letters/renderLetterPdf';
import { createPassphraseProtector } from '../electron/core/signingIdentity/createPassphraseProtector';
import { createSigningIdentity } from '../electron/core/signingIdentity/createSigningIdentity';
import { signLetterPdf } from '../electron/core/signing/signLetterPdf';
import { buildLetterModel } from '../shared/domain/letter/buildLetterModel';
import { longLetterInput } from '../test/electron/letters/longLetterInput';
import { percentile, reportFigure, type BenchOutcome } from './benchReport';

const ROUNDS = 11;
const BUDGET_MS = 1500;

/** Rendering and signing a long letter, and the signing step against OpenSSL's CMS signer on the same bytes and key. */
export default async function letterBench(): Promise<BenchOutcome[]> {
  const dir = mkdtempSync(join(tmpdir(), 'imr-letter-bench-'));
  try {
    const identity = await createSigningIdentity({
      reviewerId: 'RVW-BENCH',
      protector: createPassphraseProtector('bench passphrase', { costLog2: 12 }),
      identityDir: join(dir, 'identity'),
    });
    const input = longLetterInput(10, 40);

    let start = performance.now();
    const cold = await signLetterPdf(await renderLetterPdf(buildLetterModel(input)), identity);
    const coldMs = performance.now() - start;

    const totals: number[] = [];
    const renders: number[] = [];
    let unsigned: Uint8Array = new Uint8Array();
    for (let round = 0; round < ROUNDS; round++) {
      start = performance.now();
      unsigned = await renderLetterPdf(buildLetterModel(input));
      renders.push(performance.now() - start);
      await signLetterPdf(unsigned, identity);
      totals.push(performance.now() - start);
    }

    const files = {
      pdf: join(dir, 'letter.pdf'),
      cert: join(dir, 'cert.pem'),
      key: join(dir, 'key.pem'),
      sig: join(dir, 'letter.p7s'),
    };
    writeFileSync(files.pdf, unsigned);
    writeFileSync(files.cert, identity.certificatePem);
    writeFileSync(files.key, identity.privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
    const opensslArgs = [
      'cms',
      '-sign',
      '-binary',
      '-outform',
      'DER',
      '-md',
      'sha256',
      '-in',
      files.pdf,
      '-signer',
      files.cert,
      '-inkey',
      files.key,
      '-out',
      files.sig,
    ];
    const ours: number[] = [];
    const openssl: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      start = performance.now();
      await signLetterPdf(unsigned, identity);
      ours.push(performance.now() - start);
      start = performance.now();
      const run = spawnSync('openssl', opensslArgs, { stdio: 'ignore' });
      openssl.push(performance.now() - start);
      if (run.status !== 0) throw new Error('openssl cms -sign failed');
    }

    const pages = (
      Buffer.from(cold)
        .toString('latin1')
        .match(/\/Type \/Page\b/g) ?? []
    ).length;
    console.log(
      `10 items, ${pages} pages, ${Math.round(unsigned.length / 1024)} KB unsigned; cold render+sign ${coldMs.toFixed(0)} ms; ` +
        `median render ${percentile(renders, 50).toFixed(0)} ms, sign ${percentile(ours, 50).toFixed(1)} ms, openssl cms -sign ${percentile(openssl, 50).toFixed(1)} ms (${ROUNDS} rounds)`,
    );
    return [
      reportFigure({
        name: 'render + sign, 10 items with 40 pages of rationale (median)',
        value: percentile(totals, 50),
        unit: 'ms',
        baselineName: 'the issue budget',
        baselineValue: BUDGET_MS,
        maxValue: BUDGET_MS,
      }),
      reportFigure({
        name: 'render + sign, first run in the process (font parsing included)',
        value: coldMs,
        unit: 'ms',
        baselineName: 'the issue budget',
        baselineValue: BUDGET_MS,
        maxValue: BUDGET_MS,
      }),
      reportFigure({
        name: 'signLetterPdf on the rendered letter (median)',
        value: percentile(ours, 50),
        unit: 'ms',
        baselineName: 'openssl cms -sign -binary -outform DER, same bytes and key',
        baselineValue: percentile(openssl, 50),
        maxRatio: 3,
      }),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Whether Debian's `tesseract` CLI (package tesseract-ocr, with tesseract-ocr-eng) is installed. */
export function nativeTesseractVersion(): string | null {
  const run = spawnSync('tesseract', ['--version'], { encoding: 'utf8' });
  if (run.status !== 0) return null;
  return (run.stdout || run.stderr).split('\n')[0]?.trim() ?? null;
}

/**
 * The baseline: the native CLI over the same page images, `parallel` processes at once (one thread each, as our
 * workers are) at the same nice value as our workers (on a shared machine both then get the same share of the
 * CPU), each given its share of pages as one list so start-up is paid once. Returns each page's text and the
 * wall time.
 */
export async function runNativeTesseract(
  images: readonly string[],
  parallel: number,
  dpi: number,
  dir: string,
  nice: number,
): Promise<{ texts: string[]; ms: number }> {
  const shares = Array.from({ length: parallel }, (_, p) => images.map((_, i) => i).filter((i) => i % parallel === p));
  const started = performance.now();
  const outputs = await Promise.all(
    shares.map(async (indexes, p) => {
      const list = join(dir, `list-${p}.txt`);
      writeFileSync(list, indexes.map((i) => images[i]).join('\n') + '\n');
      const base = join(dir, `out-${p}`);
      await new Promise<void>((resolve, reject) => {
        const child = spawn('nice', ['-n', String(nice), 'tesseract', list, base, '-l', 'eng', '--dpi', String(dpi)], {
          env: { ...process.env, OMP_THREAD_LIMIT: '1' },
          stdio: 'ignore',
        });
        child.on('error', reject);
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`tesseract exited with ${code}`))));
      });
      // Pages of a list come out in order, separated by form feeds.
      const pages = readFileSync(`${base}.txt`, 'utf8').split('\f');
      return indexes.map((index, k) => ({ index, text: pages[k] ?? '' }));
    }),
  );
  const ms = performance.now() - started;
  const texts: string[] = new Array<string>(images.length).fill('');
  for (const { index, text } of outputs.flat()) texts[index] = text;
  return { texts, ms };
}

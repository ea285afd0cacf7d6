// @ts-check
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUILD_TARGETS } from './buildTargets.mjs';
import { inputStamp } from './inputStamp.mjs';
import { fs } from './nodeFs.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const stampFile = (/** @type {string} */ name) => join(ROOT, 'dist', '.stamps', `${name}.txt`);

/**
 * Builds the target when it is missing or older than its sources; returns whether it built.
 * Messages go to stderr so a command's own output stays clean for scripts.
 * @param {keyof typeof BUILD_TARGETS} name
 * @param {{ force?: boolean }} [options]
 */
export async function ensureBuilt(name, options = {}) {
  const target = BUILD_TARGETS[name];
  const stamp = inputStamp(ROOT, target.inputs);
  const built = target.outputs.every((output) => fs.existsSync(join(ROOT, output)));
  const previous = fs.existsSync(stampFile(name)) ? fs.readFileSync(stampFile(name), 'utf8') : null;
  if (!options.force && built && previous === stamp) return false;
  const started = performance.now();
  process.stderr.write(`Building ${target.label} (${built ? 'its sources changed' : 'first build'})… `);
  await target.build(ROOT);
  fs.mkdirSync(dirname(stampFile(name)), { recursive: true });
  fs.writeFileSync(stampFile(name), stamp);
  process.stderr.write(`done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return true;
}

/** @param {'shell' | 'cli'} entry */
export const nodeBundleUrl = (entry) => pathToFileURL(join(ROOT, 'dist', 'node', `${entry}.mjs`)).href;

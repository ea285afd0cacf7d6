import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchOutcome } from './benchReport';

/** Runs every bench/*.bench.ts (each default-exports an async function returning its outcomes). */
const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.includes(only))
  .sort();

const outcomes: BenchOutcome[] = [];
for (const file of files) {
  console.log(`\n== ${file}`);
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: () => Promise<BenchOutcome[]> };
  outcomes.push(...(await mod.default()));
}
const missed = outcomes.filter((o) => !o.pass);
console.log(`\n${outcomes.length} figures, ${outcomes.length - missed.length} within target, ${missed.length} missed`);

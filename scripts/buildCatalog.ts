import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CatalogEntry } from '../shared/citations/citation';
import { acoem2004Entries } from './catalog/acoem2004Entries';
import { acoem2017Entries } from './catalog/acoem2017Entries';
import { acoemNonMtusEntries } from './catalog/acoemNonMtusEntries';
import { acupunctureEntries } from './catalog/acupunctureEntries';
import { cpmtgEntries } from './catalog/cpmtgEntries';
import { drugFormularyEntries } from './catalog/drugFormularyEntries';
import { literatureEntries } from './catalog/literatureEntries';
import { odgEntries } from './catalog/odgEntries';
import { opioids2016Entries } from './catalog/opioids2016Entries';
import { postsurgicalEntries } from './catalog/postsurgicalEntries';

/** Writes shared/citations/catalog/data/*.json from the compact tables in scripts/catalog/; `--check` only reports drift. */
const files: Record<string, () => CatalogEntry[]> = {
  'mtusAcoem2004.json': acoem2004Entries,
  'cpmtg.json': cpmtgEntries,
  'postsurgical.json': postsurgicalEntries,
  'acupuncture.json': acupunctureEntries,
  'opioids2016.json': opioids2016Entries,
  'mtusAcoem2017.json': acoem2017Entries,
  'drugFormulary.json': drugFormularyEntries,
  'odg.json': odgEntries,
  'acoemNonMtus.json': acoemNonMtusEntries,
  'literature.json': literatureEntries,
};

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'shared', 'citations', 'catalog', 'data');
const check = process.argv.includes('--check');
const seen = new Set<string>();
let drift = 0;
for (const [file, build] of Object.entries(files)) {
  const entries = build();
  for (const entry of entries) {
    if (seen.has(entry.id)) throw new Error(`Duplicate catalog id "${entry.id}" in ${file}`);
    seen.add(entry.id);
  }
  const text = `${JSON.stringify(entries, null, 2)}\n`;
  const path = join(dataDir, file);
  if (check) {
    if (readIfPresent(path) !== text) {
      drift += 1;
      console.log(`${file}: differs from the tables in scripts/catalog/`);
    }
  } else {
    writeFileSync(path, text);
    console.log(`${file}: ${entries.length} entries`);
  }
}
console.log(`${seen.size} entries in all`);
if (drift > 0) process.exitCode = 1;

function readIfPresent(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

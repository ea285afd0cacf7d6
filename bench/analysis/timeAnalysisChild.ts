import { readFileSync } from 'node:fs';
import { createBenchWorkspace } from '../records/createBenchWorkspace';
import { timeImportAndAnalysis } from './timeImportAndAnalysis';

// A fresh process: the record at argv[2] imported and analyzed once, its times printed as one JSON line.
const pdf = new Uint8Array(readFileSync(process.argv[2] as string));
const bench = await createBenchWorkspace();
try {
  console.log(JSON.stringify(await timeImportAndAnalysis(bench.backend.invoke, bench.caseId, pdf)));
} finally {
  bench.dispose();
}

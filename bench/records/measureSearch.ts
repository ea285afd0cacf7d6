import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { insertDocument } from '../../electron/core/db/repositories/documentRepository';
import { insertPages, optimizeIndex, upsertIndexState } from '../../electron/core/db/repositories/recordPageRepository';
import { searchRecords } from '../../electron/core/records/searchRecords';
import { medicalPages } from '../../test/electron/records/support/medicalText';
import type { BenchWorkspace } from './createBenchWorkspace';

/** Common, medium, rare, absent, phrase, prefix and multi-word queries a reviewer might type. */
export const SEARCH_QUERIES: { query: string; grep: string; kind: string }[] = [
  { query: 'patient', grep: 'patient', kind: 'common' },
  { query: 'pain', grep: 'pain', kind: 'common' },
  { query: 'history', grep: 'history', kind: 'common' },
  { query: 'lumbar', grep: 'lumbar', kind: 'medium' },
  { query: 'MRI', grep: 'MRI', kind: 'medium' },
  { query: 'tenderness', grep: 'tenderness', kind: 'medium' },
  { query: '"range of motion"', grep: 'range of motion', kind: 'phrase' },
  { query: '"physical therapy"', grep: 'physical therapy', kind: 'phrase' },
  { query: 'fibromyalgia', grep: 'fibromyalgia', kind: 'rare' },
  { query: 'radiculopathy', grep: 'radiculopathy', kind: 'rare' },
  { query: 'Norco', grep: 'Norco', kind: 'rare' },
  { query: 'radic*', grep: 'radic', kind: 'prefix' },
  { query: 'arthro*', grep: 'arthro', kind: 'prefix' },
  { query: 'lumbar radiculopathy', grep: 'lumbar', kind: 'multi' },
  { query: 'knee pain swelling', grep: 'knee', kind: 'multi' },
  { query: 'xylophone', grep: 'xylophone', kind: 'absent' },
];

/** 50 documents of 1,000 pages each in one case, inserted through the repository, then optimized. */
export function fillIndex(bench: BenchWorkspace, pagesTotal: number, dumpFile: string): void {
  const db = bench.backend.ws.db;
  const texts = medicalPages(1269, 0, 3000);
  const perDoc = 1000;
  mkdirSync(join(dumpFile, '..'), { recursive: true });
  const dump: string[] = [];
  db.transaction(() => {
    for (let d = 0; d < pagesTotal / perDoc; d++) {
      const id = `bench-doc-${d}`;
      insertDocument(db, {
        id,
        caseId: bench.caseId,
        title: `Records volume ${d + 1}`,
        docType: 'other',
        provider: '',
        serviceDate: null,
        sha256: d.toString(16).padStart(64, '0'),
        pageCount: perDoc,
        mimeType: 'application/pdf',
        sizeBytes: 1,
        fileLocation: `00/${d.toString(16).padStart(64, '0')}`,
        reviewed: false,
        importedAt: 'bench',
      });
      const pages = Array.from({ length: perDoc }, (_, i) => ({
        page: i + 1,
        text: texts[(d * 389 + i * 7) % texts.length] ?? '',
      }));
      insertPages(db, id, bench.caseId, pages);
      upsertIndexState(db, {
        documentId: id,
        textPages: perDoc,
        scannedPages: 0,
        extractor: 'bench',
        indexedAt: 'bench',
      });
      for (const p of pages) dump.push(p.text);
    }
  })();
  optimizeIndex(db);
  writeFileSync(dumpFile, dump.join('\n'));
}

/** Interleaved rounds (ABAB): every query through the product, then every query through `grep -F -c`. */
export function searchAndGrepSamples(
  bench: BenchWorkspace,
  dumpFile: string,
  rounds: number,
): { byKind: Map<string, number[]>; grep: number[] } {
  const byKind = new Map<string, number[]>();
  const grep: number[] = [];
  for (const q of SEARCH_QUERIES)
    for (let i = 0; i < 3; i++) searchRecords(bench.backend.ws.db, bench.caseId, q.query, 50);
  grepRound(dumpFile);
  for (let round = 0; round < rounds; round++) {
    for (const q of SEARCH_QUERIES) {
      const started = performance.now();
      searchRecords(bench.backend.ws.db, bench.caseId, q.query, 50);
      const list = byKind.get(q.kind) ?? [];
      list.push(performance.now() - started);
      byKind.set(q.kind, list);
    }
    if (round % 3 === 0) grep.push(...grepRound(dumpFile));
  }
  return { byKind, grep };
}

function grepRound(dumpFile: string): number[] {
  return SEARCH_QUERIES.map((q) => {
    const started = performance.now();
    const run = spawnSync('grep', ['-F', '-c', q.grep, dumpFile], { encoding: 'utf8' });
    if (run.status !== 0 && run.status !== 1) throw new Error(`grep failed: ${run.stderr}`);
    return performance.now() - started;
  });
}

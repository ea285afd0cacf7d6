import Fuse from 'fuse.js';
import { buildHaystackFields } from '../shared/citations/catalog/buildHaystackFields';
import { createCatalogSearch } from '../shared/citations/catalog/createCatalogSearch';
import { loadCatalog } from '../shared/citations/catalog/loadCatalog';
import { percentile, reportFigure, type BenchOutcome } from './benchReport';
import { meanReciprocalRank, pickerRankingQueries } from './picker/pickerRankingQueries';

/** What reviewers type into the citation picker, each replayed one keystroke at a time. */
const reviewerQueries = [
  'neck mri',
  'cervical mri',
  'mri c-spine',
  'odg neck',
  'odg low back',
  'low back mri',
  'lumbar esi',
  'epidural steroid injection',
  'acoem chapter 12',
  'cpmtg opioids 76',
  'opioids criteria for use',
  'norco',
  'tramadol',
  'cyclobenzaprine',
  'gabapentin',
  'topical analgesics compound',
  'urine drug screen',
  'functional restoration program',
  'knee mri',
  'meniscectomy',
  'postsurgical knee',
  'shoulder rotator cuff repair',
  'carpal tunnel release',
  'physical therapy',
  'acupuncture',
  'tens unit',
  'home health',
  'flexion extension x-ray',
  'facet injection',
  'psychotherapy',
  'hip arthroplasty',
  'formulary special fill',
  'low back disorders guideline 2020',
];

const ROUNDS = 5;

export default async function pickerBench(): Promise<BenchOutcome[]> {
  const catalog = loadCatalog();
  const picker = createCatalogSearch(catalog);
  // Fuse gets the same fields our haystack is built from, one key each, with the topic and chapter weighted up.
  const fuse = new Fuse(catalog.map(buildHaystackFields), {
    keys: [{ name: 'chapter', weight: 2 }, { name: 'topic', weight: 2 }, 'bodyParts', 'aliases', 'pages', 'source'],
    threshold: 0.3,
    ignoreLocation: true,
  });
  const keystrokes = reviewerQueries.flatMap((query) => Array.from(query, (_, i) => query.slice(0, i + 1)));
  const opts = {
    urDecisionDate: '2015-06-01',
    recentIds: ['mtus-acoem-2004-ch8-p177-178', 'odg-neck-and-upper-back-mri'],
    limit: 20,
  };

  for (const keystroke of keystrokes) {
    picker.search(keystroke, opts);
    fuse.search(keystroke, { limit: 20 });
  }
  const ours: number[] = [];
  const fuses: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const keystroke of keystrokes) {
      let start = performance.now();
      picker.search(keystroke, opts);
      ours.push(performance.now() - start);
      start = performance.now();
      fuse.search(keystroke, { limit: 20 });
      fuses.push(performance.now() - start);
    }
  }

  // Ranking quality: where the entry the reviewer means comes, ours against Fuse.js on the same fields.
  const rankOf = (ids: readonly string[], expected: string) => {
    const i = ids.indexOf(expected);
    return i < 0 ? null : i + 1;
  };
  const ourRanks = pickerRankingQueries.map((p) =>
    rankOf(
      picker.search(p.query, { urDecisionDate: p.urDecisionDate, limit: 20 }).map((r) => r.entry.id),
      p.expected,
    ),
  );
  const fuseRanks = pickerRankingQueries.map((p) =>
    rankOf(
      fuse.search(p.query, { limit: 20 }).map((r) => catalog[r.refIndex]?.id ?? ''),
      p.expected,
    ),
  );
  const ourMrr = meanReciprocalRank(ourRanks);
  const fuseMrr = meanReciprocalRank(fuseRanks);
  console.log(
    `ranking: ${pickerRankingQueries.length} query -> entry pairs; MRR ours ${ourMrr.toFixed(3)}, Fuse.js ${fuseMrr.toFixed(3)}; ` +
      `first ${ourRanks.filter((r) => r === 1).length}/${ourRanks.length}, missing ${ourRanks.filter((r) => r === null).length}`,
  );
  console.log(
    `${catalog.length} catalog entries, ${reviewerQueries.length} queries, ${keystrokes.length} keystrokes x ${ROUNDS} rounds; ` +
      `median ours ${percentile(ours, 50).toFixed(3)} ms, Fuse.js ${percentile(fuses, 50).toFixed(3)} ms; ` +
      `max ours ${percentile(ours, 100).toFixed(3)} ms`,
  );
  return [
    reportFigure({
      name: 'citation picker ranking, 1 - mean reciprocal rank',
      value: 1 - ourMrr,
      unit: 'share',
      baselineName: 'Fuse.js (same fields)',
      baselineValue: 1 - fuseMrr,
      maxValue: 0.2,
    }),
    reportFigure({
      name: 'citation picker search, p95 per keystroke',
      value: percentile(ours, 95),
      unit: 'ms',
      baselineName: 'Fuse.js (same fields)',
      baselineValue: percentile(fuses, 95),
      maxRatio: 0.5,
      maxValue: 5,
    }),
  ];
}

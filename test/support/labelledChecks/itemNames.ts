import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Disputed items as claims administrators list them: short, long, with doses, commas and parentheses. */
const WORKERS_COMP_ITEMS = [
  'MRI Cervical',
  'Repeat MRI of the lumbar spine',
  'Cervical extension and flexion X-Ray',
  'Physical therapy, 12 sessions',
  'Physical therapy 2x6 for the lumbar spine',
  'Chiropractic treatment, 8 visits',
  'Acupuncture x 6 sessions',
  'Norco 10/325mg #90',
  'Hydrocodone/APAP 10/325 mg, #120 (1 tab every 6 hours as needed)',
  'Tramadol ER 150mg #30',
  'Oxycodone 15 mg #60',
  'Cyclobenzaprine 7.5mg #60',
  'Soma 350mg #90',
  'Gabapentin 600 mg #90',
  'Lidoderm 5% patch #30',
  'Omeprazole 20 mg #60',
  'Compound cream: Flurbiprofen 20%, Baclofen 5%, Lidocaine 4% (180 grams), apply twice daily',
  'Topical compound (Ketoprofen 10%, Gabapentin 6%, Cyclobenzaprine 2%), 240 gm',
  'Ambien 10mg #30',
  'Urine drug screen',
  'Lumbar epidural steroid injection at L4-5 and L5-S1 (bilateral, transforaminal)',
  'Cervical ESI C5-6',
  'Right shoulder arthroscopy with subacromial decompression, distal clavicle excision',
  'Left knee MRI',
  'Right knee arthroscopic partial medial meniscectomy',
  'Total knee replacement, left',
  'EMG/NCV of the bilateral upper extremities',
  'EMG/NCS bilateral lower extremities',
  'TENS unit, 30-day rental',
  'H-wave device (home use), purchase',
  'Functional restoration program, 80 hours',
  'Home health care, 4 hours/day, 5 days/week (6 weeks)',
  'Lumbar brace',
  'Cold therapy unit, 7-day rental',
  'Continuous passive motion (CPM) machine, 21 days',
  'Psychotherapy, 6 sessions',
  'Cognitive behavioral therapy x 6',
  'Facet joint injections, L3-4, L4-5, L5-S1 bilaterally',
  'Radiofrequency ablation, right L4-5 and L5-S1 medial branches',
  'Trigger point injections x 4',
  'Anterior cervical discectomy and fusion C5-6, C6-7 with 2-day inpatient stay',
  'Lumbar fusion L4-S1 (posterior, instrumented), with assistant surgeon',
  'Gym membership, 12 months',
  'Aquatic therapy, 8 sessions',
  'Follow-up visit with pain management',
  'Orthopedic consultation',
  'CT scan of the lumbar spine',
  'Bone scan',
  'Carpal tunnel release, right wrist',
  'Post-operative physical therapy, 24 visits',
];

/** Treatment names of the DMHC determinations in shared/data, when that file is there (optional material). */
function dmhcTreatments(): string[] {
  const name = 'Independent_Medical_Review__IMR__Determinations__Trend.csv';
  const path = [resolve('..', 'shared', 'data', name), `/work/shared/data/${name}`].find((p) => existsSync(p));
  if (path === undefined) return [];
  const names = new Set<string>();
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/).slice(1)) {
    const cols = line.split(';');
    const category = cols[4] ?? '';
    const sub = cols[5] ?? '';
    if (!/Orthopedic|Pain Management|Chiropractic|Diagnostic Imaging|Durable Medical|Physical/.test(category)) continue;
    if (sub === '' || sub === 'Other') continue;
    names.add(sub.trim());
  }
  return [...names].slice(0, 60);
}

let cached: string[] | null = null;

export function itemNames(): readonly string[] {
  cached ??= [...WORKERS_COMP_ITEMS, ...dmhcTreatments()];
  return cached;
}

/** Words a reviewer writes for an item in prose: the whole name, or its first words. */
export function shortNameOf(item: string): string {
  const words = item
    .split(/[\s,(]+/)
    .filter(Boolean)
    .slice(0, 3);
  while (words.length > 1 && /^(?:and|of|the|for|with|at|x|to|in|\d.*)$/i.test(words[words.length - 1] ?? ''))
    words.pop();
  return words.join(' ');
}

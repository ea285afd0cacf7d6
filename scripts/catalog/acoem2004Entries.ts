import type { CatalogEntry } from '../../shared/citations/citation';
import { catalogEntry } from './catalogEntry';
import { MTUS_2009_FROM, MTUS_2009_TO } from './mtusEras';
import { slugify } from './slugify';

type Unit = readonly [pages: string, topic: string];
type Chapter = readonly [no: string, title: string, reg: string, bodyParts: readonly string[], units: readonly Unit[]];

/** ACOEM Practice Guidelines 2nd ed. (2004) as adopted in the 2009 MTUS; domain reference 2.3.B(i). */
const chapters: readonly Chapter[] = [
  ['1', 'Prevention', '9792.22', [], []],
  ['2', 'General Approach to Initial Assessment and Documentation', '9792.22', [], []],
  ['3', 'Initial Approaches to Treatment', '9792.22', [], [['47-49', 'Medications, activity modification, heat/cold']]],
  ['4', 'Work-Relatedness', '9792.22', [], []],
  [
    '5',
    'Cornerstones of Disability Prevention and Management',
    '9792.22',
    [],
    [['92', 'Disability prevention and management']],
  ],
  ['6', 'Pain, Suffering, and the Restoration of Function', '9792.22', [], [['114-115', 'Restoration of function']]],
  [
    '7',
    'Independent Medical Examinations and Consultations',
    '9792.22',
    [],
    [
      ['127', 'Referral / consultation'],
      ['137-138', 'Functional capacity evaluation'],
    ],
  ],
  [
    '8',
    'Neck and Upper Back Complaints',
    '9792.23.1',
    ['neck', 'upper back'],
    [
      ['173-175', 'Initial care: physical methods, activity, injections'],
      ['177-178', 'Special studies: red flags, physiologic evidence, when to order studies'],
      ['179-180', 'Imaging studies (MRI, CT, myelography, flexion/extension views) and surgical considerations'],
      ['181-183', 'Table 8-8 summary of recommendations'],
    ],
  ],
  [
    '9',
    'Shoulder Complaints',
    '9792.23.2',
    ['shoulder'],
    [
      ['203-204', 'Physical methods, injections'],
      ['207-209', 'Special studies: imaging (MRI, arthrography, x-rays)'],
      ['209-211', 'Surgical considerations: rotator cuff repair, impingement (decompression)'],
      ['213-214', 'Table 9-6 summary of recommendations'],
    ],
  ],
  ['10', 'Elbow Disorders (Revised 2007)', '9792.23.3', ['elbow'], []],
  [
    '11',
    'Forearm, Wrist, and Hand Complaints',
    '9792.23.4',
    ['forearm', 'wrist', 'hand'],
    [
      ['264-265', 'Splinting, initial care'],
      ['268-269', 'Special studies: EMG, nerve conduction studies, imaging'],
      ['270', 'Carpal tunnel release'],
      ['271-273', 'Table 11-7 summary of recommendations'],
    ],
  ],
  [
    '12',
    'Low Back Complaints',
    '9792.23.5',
    ['low back'],
    [
      ['298-301', 'Physical methods: TENS, traction, lumbar supports'],
      ['300', 'Epidural steroid injections'],
      ['303-304', 'Special studies: MRI, CT, EMG, flexion/extension x-rays for instability'],
      ['305-307', 'Surgical considerations: lumbar discectomy, laminectomy, fusion'],
      ['308-310', 'Table 12-8 summary of recommendations'],
    ],
  ],
  [
    '13',
    'Knee Complaints',
    '9792.23.6',
    ['knee'],
    [
      ['339', 'Injections'],
      ['341-343', 'Special studies: knee MRI, x-rays'],
      ['344-345', 'Surgical considerations: meniscectomy'],
      ['346-347', 'Table 13-6 summary of recommendations'],
    ],
  ],
  [
    '14',
    'Ankle and Foot Complaints',
    '9792.23.7',
    ['ankle', 'foot'],
    [
      ['371-372', 'Orthotics'],
      ['372-374', 'Special studies: imaging (x-rays, MRI)'],
      ['374-375', 'Surgical considerations'],
    ],
  ],
  [
    '15',
    'Stress-Related Conditions',
    '9792.23.8',
    ['mental health'],
    [
      ['398', 'Referral'],
      ['402', 'Medications'],
    ],
  ],
  ['16', 'Eye', '9792.23.9', ['eye'], []],
];

/** Citation strings the domain reference marks [V] (the 2.3.A example, the Chapter 12 number/title/section) and the sample letter's. */
const verifiedIds = new Set([
  'mtus-acoem-2004-ch8-p177-178',
  'mtus-acoem-2004-ch12',
  // Cited on the guideline lines of the sample letter (a real 2014 letter): imaging of the neck, flexion/extension views.
  'mtus-acoem-2004-ch8-p179-180',
  'mtus-acoem-2004-ch12-p303-304',
]);

export function acoem2004Entries(): CatalogEntry[] {
  return chapters.flatMap(([no, title, reg, bodyParts, units]) => {
    const base = {
      family: 'mtus_acoem_2004' as const,
      guideline: 'ACOEM Practice Guidelines, 2nd Edition (2004)',
      chapterNo: no,
      chapterTitle: title,
      bodyParts: [...bodyParts],
      effectiveFrom: MTUS_2009_FROM,
      effectiveTo: MTUS_2009_TO,
      regSection: reg,
    };
    const chapterId = `mtus-acoem-2004-ch${no}`;
    return [
      catalogEntry({ ...base, id: chapterId, verified: verifiedIds.has(chapterId) }),
      ...units.map(([pages, topic]) => {
        const id = `${chapterId}-p${slugify(pages)}`;
        return catalogEntry({ ...base, id, topic, pages, verified: verifiedIds.has(id) });
      }),
    ];
  });
}

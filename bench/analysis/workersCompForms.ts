import type { SeededRandom } from '../../shared/random';
import type { LabelledNote } from './mtsamplesNotes';

const TREATMENTS = [
  'MRI of the lumbar spine without contrast',
  'Physical therapy twice a week for six weeks',
  'Lumbar epidural steroid injection at L4-5',
  'Cervical facet medial branch blocks C5-6 and C6-7',
  'Tramadol ER 100 mg #30',
  'Acupuncture, six sessions',
  'Right shoulder arthroscopy with subacromial decompression',
  'Functional restoration program, 160 hours',
  'Electromyography and nerve conduction studies of the upper extremities',
  'Topical compounded cream (flurbiprofen/lidocaine)',
];
const DRUGS = ['Naproxen 550 mg', 'Omeprazole 20 mg', 'Gabapentin 300 mg', 'Cyclobenzaprine 7.5 mg', 'Tramadol 50 mg'];

/**
 * Workers' compensation paperwork MTSamples has none of (RFA, UR determination, pharmacy history), in a few
 * wordings each, so the set holds the documents a dispute turns on. A minority of the set: their layouts are ours.
 */
export function workersCompForm(
  type: 'rfa' | 'ur_denial' | 'pharmacy_record',
  rng: SeededRandom,
  dateText: (offsetDays: number) => string,
): LabelledNote {
  const treatment = rng.pick(TREATMENTS);
  const paragraphs =
    type === 'rfa'
      ? [
          rng.pick([
            'Request for authorization of medical treatment. New request.',
            'This is a new request for treatment authorization under Labor Code 4610.',
            'Treating physician requests authorization for the services below.',
          ]),
          `Requested treatment: ${treatment}. ${rng.pick(['CPT code on file.', 'Frequency and duration as stated.', 'Medically necessary per the attached progress report.'])}`,
          `Diagnosis: ${rng.pick(['Lumbar radiculopathy', 'Cervical spondylosis', 'Rotator cuff tendinitis', 'Chronic low back pain'])}.`,
          `Supporting documentation: progress report of ${dateText(-rng.int(0, 5))}.`,
          'Physician signature on file. The requested treatment is consistent with the MTUS.',
        ]
      : type === 'ur_denial'
        ? [
            rng.pick([
              'Notice of utilization review decision.',
              'Utilization review determination: non-certification.',
              'Your request for authorization has been reviewed by a physician advisor.',
            ]),
            `Request received ${dateText(-rng.int(3, 10))}. Treatment requested: ${treatment}.`,
            `Decision: ${rng.pick(['Non-certified', 'Modified', 'Denied'])}. The request is not medically necessary based on the guideline criteria cited below.`,
            'Clinical summary: the records provided document chronic pain without objective functional improvement from prior treatment.',
            'Guidelines: MTUS ACOEM and the Chronic Pain Medical Treatment Guidelines. You may request independent medical review within 30 days.',
            'Physician reviewer: board certified, licensed in California.',
          ]
        : [
            rng.pick([
              'Pharmacy dispensing history for the claimant, provided to the claims administrator on request.',
              'Prescription history report. Fills billed to the workers compensation claim.',
            ]),
            ...Array.from({ length: rng.int(4, 9) }, (_, i) => {
              const drug = rng.pick(DRUGS);
              return `Fill ${dateText(-30 * (i + 1))}: ${drug} quantity #${rng.pick([30, 60, 90])}, refills ${rng.int(0, 3)}, NDC on file.`;
            }),
          ];
  return { file: `${type}.synthetic`, specialty: 'Workers comp', sampleName: type, type, paragraphs };
}

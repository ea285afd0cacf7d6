import { PAIN_MANAGEMENT_PHRASES, PTP_STAGES, THERAPY_PHRASES } from './compilationPhrases';
import { formatRecordDate } from './formatRecordDate';
import { REGION_PHRASES } from './regionPhrases';
import { SAMPLE_PHYSICIAN } from './sampleClinicalRecords';
import type { SampleRecordText } from './sampleRecordText';
import type { SeededRandom } from '../../../shared/random';
import { VISIT_PHRASES } from './visitPhrases';

const NECK = REGION_PHRASES.neck;

function heading(title: string, provider: string, date: string): string {
  return `${title.toUpperCase()} - ${provider} - Date of service: ${formatRecordDate(date)}`;
}

/** One page of the compilation: a PR-2 report by the primary treating physician, in the treatment stage of its date. */
export function treatingPhysicianPage(date: string, rng: SeededRandom): string[] {
  const stage = PTP_STAGES.find((s) => date <= s.until) ?? PTP_STAGES[PTP_STAGES.length - 1];
  if (!stage) throw new Error('No treatment stage');
  const pain = rng.int(4, 7);
  return [
    heading("Primary Treating Physician's Progress Report (PR-2)", SAMPLE_PHYSICIAN.name, date),
    `SUBJECTIVE: ${rng.pick(NECK.complaints)} ${rng.pick(NECK.radiation)} Pain is rated ${pain}/10. ${rng.pick(VISIT_PHRASES.sleep)} ${rng.pick(VISIT_PHRASES.function)}`,
    `MEDICATIONS: ${stage.medications.join('; ')}. ${rng.pick(VISIT_PHRASES.medicationResponse)}`,
    `OBJECTIVE: ${rng.pick(NECK.palpation)} ${rng.pick(NECK.motion)} ${rng.pick(NECK.provocative)} ${rng.pick(NECK.neuro)}`,
    `DIAGNOSES: ${stage.diagnoses.map((d, i) => `${i + 1}. ${d}.`).join(' ')}`,
    `PLAN: ${rng.pick(stage.plans)} ${rng.pick(VISIT_PHRASES.homeExercise)}`,
    `WORK STATUS: ${rng.pick(VISIT_PHRASES.workStatus)} ${rng.pick(VISIT_PHRASES.followUp)}`,
    `Electronically signed by ${SAMPLE_PHYSICIAN.name} on ${formatRecordDate(date)}.`,
  ];
}

export function therapyPage(
  kind: keyof typeof THERAPY_PHRASES,
  date: string,
  visit: number,
  rng: SeededRandom,
): string[] {
  const phrases = THERAPY_PHRASES[kind];
  return [
    heading(phrases.title, phrases.provider, date),
    `VISIT: ${visit}. DIAGNOSIS: cervical sprain and strain; cervical myofascial pain.`,
    `SUBJECTIVE: ${rng.pick(NECK.complaints)} Pain before treatment ${rng.int(4, 7)}/10.`,
    `TREATMENT: ${rng.some(phrases.interventions, 2).join(' ')}`,
    `RESPONSE: ${rng.pick(phrases.response)}`,
    `PLAN: ${rng.pick(['Continue per plan of care.', 'Progress the exercise program as tolerated.', 'Reassess at the next visit.'])}`,
    `${phrases.provider}, ${formatRecordDate(date)}.`,
  ];
}

export function painManagementPage(date: string, rng: SeededRandom): string[] {
  const p = PAIN_MANAGEMENT_PHRASES;
  return [
    heading('Pain Management Follow-up', p.provider, date),
    `INTERVAL HISTORY: ${rng.pick(NECK.complaints)} ${rng.pick(VISIT_PHRASES.medicationResponse)}`,
    `EXAMINATION: ${rng.pick(p.findings)} ${rng.pick(NECK.neuro)}`,
    'ASSESSMENT: Chronic neck pain with multilevel cervical spondylosis.',
    `PLAN: ${rng.some(p.plans, 2).join(' ')}`,
    `${p.provider}, ${formatRecordDate(date)}.`,
  ];
}

export function medicationProfilePage(date: string, fills: readonly string[]): string[] {
  return [
    heading('Pharmacy Medication Profile', 'Cedar Street Pharmacy (demo)', date),
    'Dispensing history provided to the claims administrator on request.',
    ...fills,
  ];
}

export function copiedRecordPage(record: SampleRecordText): string[] {
  return [
    heading(record.title, record.provider, record.date),
    ...record.paragraphs,
    `Electronically signed by ${record.provider} on ${formatRecordDate(record.date)}.`,
  ];
}

export function indexPage(entries: readonly string[]): string[] {
  return [
    'RECORDS INDEX. Records produced by the claims administrator for Independent Medical Review, in the order below.',
    ...entries,
  ];
}

import type { BodyRegion, DemoItemSpec } from './demoCaseSpec';
import { formatRecordDate } from './formatRecordDate';
import type { RecordDraft } from './recordDraft';
import { REGION_PHRASES } from './regionPhrases';
import type { SeededRandom } from '../../../shared/random';
import { PR2_DECLARATION, VISIT_PHRASES } from './visitPhrases';

export interface ProgressNoteInput {
  date: string;
  physician: string;
  clinic: string;
  claimantAge: number;
  occupation: string;
  mechanism: string;
  dateOfInjury: string;
  region: BodyRegion;
  diagnoses: readonly string[];
  medications: readonly string[];
  /** Replaces the phrase-table neurologic finding when the case depends on it. */
  neuroFinding?: string;
  /** Present on the note that asks for authorization. */
  requests?: readonly DemoItemSpec[];
}

/** A PR-2 progress report assembled from the phrase tables. */
export function buildProgressNote(input: ProgressNoteInput, rng: SeededRandom): RecordDraft {
  const region = REGION_PHRASES[input.region];
  const pain = rng.int(4, 8);
  const request = input.requests ?? [];
  const paragraphs = [
    `HISTORY: This ${input.claimantAge}-year-old ${input.occupation} sustained an industrial injury on ${formatRecordDate(input.dateOfInjury)} when ${input.mechanism}. The patient is seen today for follow-up of the ${region.label}.`,
    `SUBJECTIVE: ${rng.pick(region.complaints)} ${rng.pick(region.radiation)} Pain is rated ${pain}/10 today and ${Math.min(10, pain + rng.int(1, 3))}/10 at its worst. ${rng.pick(VISIT_PHRASES.sleep)} ${rng.pick(VISIT_PHRASES.function)} ${rng.pick(VISIT_PHRASES.medicationResponse)}`,
    `CURRENT MEDICATIONS: ${input.medications.length > 0 ? input.medications.join('; ') : 'None'}.`,
    `OBJECTIVE: ${rng.pick(region.inspection)} ${rng.pick(region.palpation)} ${rng.pick(region.motion)} ${rng.pick(region.provocative)} ${input.neuroFinding ?? rng.pick(region.neuro)}`,
    `DIAGNOSES: ${input.diagnoses.map((d, i) => `${i + 1}. ${d}.`).join(' ')}`,
    `TREATMENT PLAN: ${rng.some(VISIT_PHRASES.plan, 2).join(' ')} ${rng.pick(VISIT_PHRASES.homeExercise)}`,
    ...request.map((item, i) => `REQUEST FOR AUTHORIZATION ${i + 1}: ${item.requestedTreatment}. ${item.rationale}`),
    `WORK STATUS: ${rng.pick(VISIT_PHRASES.workStatus)} ${rng.pick(VISIT_PHRASES.followUp)}`,
    PR2_DECLARATION,
    `Electronically signed by ${input.physician} on ${formatRecordDate(input.date)}.`,
  ];
  return {
    title: "Primary Treating Physician's Progress Report (PR-2)",
    docType: 'progress_note',
    provider: input.physician,
    organization: input.clinic,
    serviceDate: input.date,
    dateLine: `Date of service: ${formatRecordDate(input.date)}`,
    sections: [paragraphs],
  };
}

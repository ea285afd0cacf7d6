import { buildAuthorizationRequest } from './buildAuthorizationRequest';
import { buildFixedRecord } from './buildFixedRecord';
import { buildImrApplication } from './buildImrApplication';
import { buildProgressNote } from './buildProgressNote';
import { buildUrDenialLetter } from './buildUrDenialLetter';
import type { DemoCaseDraft } from './demoCaseDraft';
import type { DemoCaseSpec } from './demoCaseSpec';
import { formatRecordDate } from './formatRecordDate';
import type { SeededRandom } from '../../../shared/random';
import { shiftDate } from './shiftDate';

/** A case dated relative to `today`, with its progress notes, RFA, UR letter, fixed records and IMR application. */
export function buildStandardCase(spec: DemoCaseSpec, today: string, rng: SeededRandom): DemoCaseDraft {
  const receivedDate = shiftDate(today, -spec.receivedDaysAgo);
  const urDecisionDate = shiftDate(receivedDate, -spec.urDaysBeforeReceived);
  const applicationDate = shiftDate(urDecisionDate, Math.min(9, spec.urDaysBeforeReceived - 3));
  const dateOfInjury = shiftDate(today, -spec.injuryDaysAgo);
  const rfaDate = shiftDate(urDecisionDate, spec.priority === 'expedited' ? -2 : -6);
  const claimNumber = `DEMO-WC-${spec.serial}`;
  const items = spec.items.map(({ requestedTreatment, urDecision, caGuideline }) => ({
    requestedTreatment,
    urDecision,
    caGuideline,
  }));

  const note = (date: string, withRequests: boolean) =>
    buildProgressNote(
      {
        date,
        physician: spec.requestingPhysician,
        clinic: spec.clinic,
        claimantAge: spec.claimantAge,
        occupation: spec.occupation,
        mechanism: spec.mechanism,
        dateOfInjury,
        region: spec.region,
        diagnoses: spec.diagnoses,
        medications: spec.medications,
        ...(spec.neuroFinding ? { neuroFinding: spec.neuroFinding } : {}),
        ...(withRequests ? { requests: spec.items } : {}),
      },
      rng,
    );
  const clinical = [
    note(rfaDate, true),
    buildAuthorizationRequest({
      date: rfaDate,
      physician: spec.requestingPhysician,
      specialty: spec.physicianSpecialty,
      clinic: spec.clinic,
      claimantName: spec.claimantName,
      claimNumber,
      dateOfInjury,
      claimsAdministrator: spec.claimsAdministrator,
      diagnoses: spec.diagnoses,
      items: spec.items,
    }),
    note(shiftDate(rfaDate, -rng.int(28, 42)), false),
    ...spec.records.map((r) => buildFixedRecord(r, shiftDate(urDecisionDate, -r.daysBeforeUr))),
  ].sort((a, b) => (b.serviceDate ?? '').localeCompare(a.serviceDate ?? ''));
  const ur = buildUrDenialLetter({
    vendor: spec.urVendor,
    physicianReviewer: `${spec.urReviewer}, licensed in California`,
    decisionDate: urDecisionDate,
    requestReceivedDate: rfaDate,
    claimantName: spec.claimantName,
    claimNumber,
    dateOfInjury,
    claimsAdministrator: spec.claimsAdministrator,
    requestingPhysician: spec.requestingPhysician,
    clinicalSummary: `The claimant is a ${spec.claimantAge}-year-old ${spec.claimantSex} ${spec.occupation} injured on ${formatRecordDate(dateOfInjury)} when ${spec.mechanism}. Diagnoses: ${spec.diagnoses.join('; ')}. Current medications: ${spec.medications.join('; ')}.`,
    items: spec.items,
    recordsReviewed: clinical.map(
      (d) => `${d.title}, ${d.provider}, ${d.serviceDate ? formatRecordDate(d.serviceDate) : 'undated'}`,
    ),
  });
  const application = buildImrApplication({
    applicationDate,
    priority: spec.priority,
    claimantName: spec.claimantName,
    claimNumber,
    dateOfInjury,
    urDecisionDate,
    requestingPhysician: spec.requestingPhysician,
    physicianSpecialty: spec.physicianSpecialty,
    claimsAdministrator: spec.claimsAdministrator,
    adjuster: spec.adjuster,
    primaryDiagnosis: spec.primaryDiagnosis,
    treatments: items.map((i) => i.requestedTreatment),
  });
  return {
    record: {
      caseNumber: `CM${applicationDate.slice(2, 4)}-${spec.serial}`,
      priority: spec.priority,
      receivedDate,
      dueDate: shiftDate(today, spec.dueInDays),
      dateOfInjury,
      urDecisionDate,
      applicationDate,
      claimantName: spec.claimantName,
      claimantAge: spec.claimantAge,
      claimantSex: spec.claimantSex,
      claimsAdministrator: spec.claimsAdministrator,
      requestingPhysician: spec.requestingPhysician,
      physicianSpecialty: spec.physicianSpecialty,
      bodyParts: [...spec.bodyParts],
      items,
    },
    patientLine: `Patient: ${spec.claimantName}   Claim no.: ${claimNumber}   Date of injury: ${formatRecordDate(dateOfInjury)}`,
    documents: [application, ur, ...clinical],
  };
}

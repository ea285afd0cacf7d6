import type { DemoItemSpec } from './demoCaseSpec';
import { formatRecordDate } from './formatRecordDate';
import type { RecordDraft } from './recordDraft';

export interface UrLetterInput {
  vendor: string;
  physicianReviewer: string;
  decisionDate: string;
  requestReceivedDate: string;
  claimantName: string;
  claimNumber: string;
  dateOfInjury: string;
  claimsAdministrator: string;
  requestingPhysician: string;
  clinicalSummary: string;
  items: readonly Pick<DemoItemSpec, 'requestedTreatment' | 'urDecision' | 'caGuideline' | 'urReasons' | 'certified'>[];
  recordsReviewed: readonly string[];
}

/** The utilization review determination: decision date, each request, the reasons and the guideline criteria cited. */
export function buildUrDenialLetter(input: UrLetterInput): RecordDraft {
  const decided = formatRecordDate(input.decisionDate);
  const header = [
    'NOTICE OF UTILIZATION REVIEW DETERMINATION',
    `To: ${input.requestingPhysician}. Employee: ${input.claimantName}. Claim number: ${input.claimNumber}. Date of injury: ${formatRecordDate(input.dateOfInjury)}. Claims administrator: ${input.claimsAdministrator}.`,
    `Date request received: ${formatRecordDate(input.requestReceivedDate)}. Date of decision: ${decided}.`,
    `Your request for authorization received on ${formatRecordDate(input.requestReceivedDate)} was reviewed by a physician reviewer under Labor Code section 4610 and 8 CCR 9792.9.1. The determination for each requested treatment follows.`,
  ];
  const items = input.items.flatMap((item, i) => [
    `REQUESTED TREATMENT ${i + 1}: ${item.requestedTreatment}. DETERMINATION: ${
      item.urDecision === 'denied'
        ? 'NON-CERTIFIED (denied).'
        : `MODIFIED. Certified: ${item.certified ?? 'a reduced quantity'}. The remainder is non-certified.`
    }`,
    `Clinical reasons for the determination: ${item.urReasons}`,
    `Medical criteria or guidelines used: ${item.caGuideline}`,
  ]);
  const closing = [
    `CLINICAL SUMMARY: ${input.clinicalSummary}`,
    `RECORDS REVIEWED: ${input.recordsReviewed.join('; ')}.`,
    'An attempt was made to discuss this request with the requesting physician before the determination. You may submit additional information for reconsideration.',
    "YOUR RIGHT TO INDEPENDENT MEDICAL REVIEW: If you disagree with this decision, you may ask for an Independent Medical Review (IMR) by the Division of Workers' Compensation. The enclosed Application for Independent Medical Review (DWC Form IMR) must be signed and filed within 30 days of the date of service of this decision, with a copy of this decision. There is no cost to the employee.",
    `This determination was made by a ${input.physicianReviewer}. ${input.vendor}, on behalf of ${input.claimsAdministrator}. Date of decision: ${decided}.`,
  ];
  return {
    title: 'Utilization Review Determination',
    docType: 'ur_denial',
    provider: input.vendor,
    organization: `on behalf of ${input.claimsAdministrator}`,
    serviceDate: input.decisionDate,
    dateLine: `Date of decision: ${decided}`,
    sections: [[...header, ...items], closing],
  };
}

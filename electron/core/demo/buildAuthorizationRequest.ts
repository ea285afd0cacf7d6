import type { DemoItemSpec } from './demoCaseSpec';
import { formatRecordDate } from './formatRecordDate';
import type { RecordDraft } from './recordDraft';

export interface AuthorizationRequestInput {
  date: string;
  physician: string;
  specialty: string;
  clinic: string;
  claimantName: string;
  claimNumber: string;
  dateOfInjury: string;
  claimsAdministrator: string;
  diagnoses: readonly string[];
  items: readonly Pick<DemoItemSpec, 'requestedTreatment'>[];
}

/** The DWC Form RFA that started utilization review. */
export function buildAuthorizationRequest(input: AuthorizationRequestInput): RecordDraft {
  return {
    title: 'Request for Authorization (DWC Form RFA)',
    docType: 'rfa',
    provider: input.physician,
    organization: input.clinic,
    serviceDate: input.date,
    dateLine: `Date of request: ${formatRecordDate(input.date)}`,
    sections: [
      [
        'REQUEST FOR AUTHORIZATION FOR MEDICAL TREATMENT (DWC Form RFA). New request.',
        `EMPLOYEE: ${input.claimantName}. Date of injury: ${formatRecordDate(input.dateOfInjury)}. Claim number: ${input.claimNumber}. Claims administrator: ${input.claimsAdministrator}.`,
        `REQUESTING PHYSICIAN: ${input.physician}, ${input.specialty}, ${input.clinic}.`,
        `DIAGNOSES: ${input.diagnoses.join('; ')}.`,
        ...input.items.map(
          (item, i) =>
            `REQUESTED TREATMENT ${i + 1}: ${item.requestedTreatment}. Supporting documentation: progress report of ${formatRecordDate(input.date)}.`,
        ),
        `Signed by ${input.physician} on ${formatRecordDate(input.date)}.`,
      ],
    ],
  };
}

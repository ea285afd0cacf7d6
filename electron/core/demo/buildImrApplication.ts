import type { Priority } from '../../../shared/domain';
import { formatRecordDate } from './formatRecordDate';
import type { RecordDraft } from './recordDraft';

export interface ImrApplicationInput {
  applicationDate: string;
  priority: Priority;
  claimantName: string;
  claimNumber: string;
  dateOfInjury: string;
  urDecisionDate: string;
  requestingPhysician: string;
  physicianSpecialty: string;
  claimsAdministrator: string;
  adjuster: string;
  primaryDiagnosis: string;
  treatments: readonly string[];
}

/** The DWC Form IMR as filed by the employee. */
export function buildImrApplication(input: ImrApplicationInput): RecordDraft {
  const signed = formatRecordDate(input.applicationDate);
  return {
    title: 'Application for Independent Medical Review (DWC Form IMR)',
    docType: 'imr_application',
    provider: input.claimantName,
    organization: 'Employee application',
    serviceDate: input.applicationDate,
    dateLine: `Date signed: ${signed}`,
    sections: [
      [
        "STATE OF CALIFORNIA, DIVISION OF WORKERS' COMPENSATION. APPLICATION FOR INDEPENDENT MEDICAL REVIEW (DWC FORM IMR).",
        `Type of utilization review: ${input.priority === 'expedited' ? 'Expedited (the treating physician certified an imminent and serious threat to the health of the employee)' : 'Regular'}.`,
        `EMPLOYEE: ${input.claimantName}. Claim number: ${input.claimNumber}. Date of injury: ${formatRecordDate(input.dateOfInjury)}. Date of utilization review decision: ${formatRecordDate(input.urDecisionDate)}. Date of birth, address and telephone: on file with the Division.`,
        `REQUESTING PHYSICIAN: ${input.requestingPhysician}. Type and specialty: ${input.physicianSpecialty}.`,
        `CLAIMS ADMINISTRATOR: ${input.claimsAdministrator}. Adjuster: ${input.adjuster}.`,
        `DISPUTED TREATMENT: Primary diagnosis: ${input.primaryDiagnosis}. Treatment requested on the Request for Authorization and disputed for medical necessity: ${input.treatments.map((t, i) => `${i + 1}. ${t}`).join(' ')}`,
        'Is the treatment also disputed for reasons other than medical necessity? No. Was the request denied because information was missing? No.',
        `SIGNATURE: Signed by the employee on ${signed}. The employee consents to the release of medical records to the independent review organization. A copy of the utilization review decision is attached.`,
      ],
    ],
  };
}

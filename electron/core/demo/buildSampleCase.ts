import { buildAuthorizationRequest } from './buildAuthorizationRequest';
import { buildFixedRecord } from './buildFixedRecord';
import { buildImrApplication } from './buildImrApplication';
import { buildRecordsCompilation } from './buildRecordsCompilation';
import { buildUrDenialLetter } from './buildUrDenialLetter';
import type { DemoCaseDraft } from './demoCaseDraft';
import {
  SAMPLE_DISCOGRAM,
  SAMPLE_EMG,
  SAMPLE_JUNE_NOTE,
  SAMPLE_MARCH_NOTE,
  SAMPLE_PHYSICIAN,
} from './sampleClinicalRecords';
import { SAMPLE_ITEMS } from './sampleCaseItems';
import { SAMPLE_IMAGING } from './sampleImagingRecords';
import type { SampleRecordText } from './sampleRecordText';
import type { SeededRandom } from '../../../shared/random';
import { shiftDate } from './shiftDate';

export const SAMPLE_CASE_NUMBER = 'CM14-0012345';

const CLAIMANT = 'Maren Sampleton';
const CLAIM_NUMBER = 'DEMO-WC-0012345';
const DATE_OF_INJURY = '2008-10-08';
const UR_DATE = '2014-04-03';
const RFA_DATE = '2014-03-27';
const APPLICATION_DATE = '2014-04-24';
const ADMINISTRATOR = 'Golden Poppy Mutual Insurance (demo)';

/** The case behind the sample Final Determination Letter: its records hold every fact the letter cites. */
export function buildSampleCase(today: string, rng: SeededRandom): DemoCaseDraft {
  const fixed = (r: SampleRecordText) => buildFixedRecord(r, r.date);
  const [mriOct, mriJan, mriApr, flexExt] = SAMPLE_IMAGING;
  if (!mriOct || !mriJan || !mriApr || !flexExt) throw new Error('The sample imaging is incomplete');
  const ur = buildUrDenialLetter({
    vendor: 'Coastline Review Services (demo)',
    physicianReviewer: 'physician advisor, Board Certified in Occupational Medicine, licensed in California',
    decisionDate: UR_DATE,
    requestReceivedDate: RFA_DATE,
    claimantName: CLAIMANT,
    claimNumber: CLAIM_NUMBER,
    dateOfInjury: DATE_OF_INJURY,
    claimsAdministrator: ADMINISTRATOR,
    requestingPhysician: SAMPLE_PHYSICIAN.name,
    clinicalSummary:
      'The claimant is a 59-year-old female injured on 10/08/2008. The mechanism of injury is not documented. The 03/27/2014 progress report documents neck pain, left axial tenderness and a positive axial head compression test on the left, with sensation, reflexes and strength within normal limits. The cervical MRI of 01/15/2014 showed no significant change from 10/11/2013. Treatment has included medication management and activity modification.',
    items: SAMPLE_ITEMS,
    recordsReviewed: [
      `Progress report, ${SAMPLE_PHYSICIAN.name}, 03/27/2014`,
      'Request for Authorization, 03/27/2014',
      'MRI cervical spine, 01/15/2014',
      'MRI cervical spine, 10/11/2013',
    ],
  });
  const application = buildImrApplication({
    applicationDate: APPLICATION_DATE,
    priority: 'standard',
    claimantName: CLAIMANT,
    claimNumber: CLAIM_NUMBER,
    dateOfInjury: DATE_OF_INJURY,
    urDecisionDate: UR_DATE,
    requestingPhysician: SAMPLE_PHYSICIAN.name,
    physicianSpecialty: SAMPLE_PHYSICIAN.specialty,
    claimsAdministrator: ADMINISTRATOR,
    adjuster: 'Nadia Claimsworth',
    primaryDiagnosis: '722.0 Displacement of cervical intervertebral disc without myelopathy',
    treatments: SAMPLE_ITEMS.map((i) => i.requestedTreatment),
  });
  const rfa = buildAuthorizationRequest({
    date: RFA_DATE,
    physician: SAMPLE_PHYSICIAN.name,
    specialty: SAMPLE_PHYSICIAN.specialty,
    clinic: SAMPLE_PHYSICIAN.clinic,
    claimantName: CLAIMANT,
    claimNumber: CLAIM_NUMBER,
    dateOfInjury: DATE_OF_INJURY,
    claimsAdministrator: ADMINISTRATOR,
    diagnoses: [
      'Cervical spondylosis with possible instability',
      'C4-5 disc protrusion impressing on the anterior cord',
    ],
    items: SAMPLE_ITEMS,
  });
  return {
    record: {
      caseNumber: SAMPLE_CASE_NUMBER,
      priority: 'standard',
      receivedDate: shiftDate(today, -8),
      dueDate: shiftDate(today, 6),
      dateOfInjury: DATE_OF_INJURY,
      urDecisionDate: UR_DATE,
      applicationDate: APPLICATION_DATE,
      claimantName: CLAIMANT,
      claimantAge: 59,
      claimantSex: 'female',
      claimsAdministrator: ADMINISTRATOR,
      requestingPhysician: SAMPLE_PHYSICIAN.name,
      physicianSpecialty: SAMPLE_PHYSICIAN.specialty,
      bodyParts: ['neck'],
      items: SAMPLE_ITEMS.map(({ requestedTreatment, urDecision, caGuideline }) => ({
        requestedTreatment,
        urDecision,
        caGuideline,
      })),
    },
    patientLine: `Patient: ${CLAIMANT}   Claim no.: ${CLAIM_NUMBER}   Date of injury: 10/08/2008`,
    documents: [
      application,
      ur,
      fixed(SAMPLE_JUNE_NOTE),
      fixed(SAMPLE_DISCOGRAM),
      fixed(SAMPLE_EMG),
      fixed(mriApr),
      fixed(flexExt),
      rfa,
      fixed(SAMPLE_MARCH_NOTE),
      fixed(mriJan),
      fixed(mriOct),
      buildRecordsCompilation(ADMINISTRATOR, rng),
    ],
  };
}

import type { SampleRecordText } from './sampleRecordText';

export const SAMPLE_EDS_SENTENCE =
  'Electrodiagnostic studies of the upper extremities revealed mild left C6 radiculopathy.';

export const SAMPLE_PHYSICIAN = {
  name: 'Lysander Quillon, MD',
  specialty: 'Orthopaedic Surgery',
  clinic: 'Harborview Orthopaedic Spine Center (demo)',
} as const;

const PTP = { provider: SAMPLE_PHYSICIAN.name, organization: SAMPLE_PHYSICIAN.clinic } as const;
const PR2 = "Primary Treating Physician's Progress Report (PR-2)";

export const SAMPLE_JUNE_NOTE: SampleRecordText = {
  ...PTP,
  date: '2014-06-06',
  title: PR2,
  docType: 'progress_note',
  paragraphs: [
    'SUBJECTIVE: The patient returns for follow-up of her cervical spine. She is waiting for authorization for her cervical spine surgery. She reports that she has completed a discogram with the pain management specialist, and that there were multiple levels of concordant pain. She continues to have neck pain with intermittent aching into the left shoulder.',
    'OBJECTIVE: Left axial tenderness. Positive axial head compression test on the left. Sensation is intact to light touch in the upper extremities, biceps, triceps and brachioradialis reflexes are symmetric, and motor strength is 5/5 throughout.',
    `DIAGNOSTIC STUDIES: ${SAMPLE_EDS_SENTENCE} The cervical MRI of 04/21/2014 was reviewed and compared with the studies of 10/11/2013 and 01/15/2014. Flexion and extension x-rays of 04/21/2014 were reviewed.`,
    'DIAGNOSTIC IMPRESSION: 1. Multiple cervical spondylosis with possible instability and anterior cord compression on the cord. 2. C5-6 disc disease, unchanged. 3. C4-5 disc protrusion impressing on the anterior cord, unchanged. 4. C7 right-sided lateral disc protrusion, less prominent.',
    'TREATMENT TO DATE: Medication management and activity modification.',
    'PLAN: Continue to await authorization for the proposed anterior cervical surgery. The patient has applied for Independent Medical Review of the denied repeat cervical MRI and cervical flexion and extension x-rays. Continue current medications. Follow-up in four weeks.',
    'WORK STATUS: Modified duty with no lifting over 10 pounds and no overhead work.',
  ],
};

export const SAMPLE_MARCH_NOTE: SampleRecordText = {
  ...PTP,
  date: '2014-03-27',
  title: PR2,
  docType: 'progress_note',
  paragraphs: [
    'SUBJECTIVE: The patient reports ongoing neck pain, rated 6/10, worse with looking down and with prolonged sitting. She reports stiffness in the morning. She denies new weakness.',
    'OBJECTIVE: Left axial tenderness. Positive axial head compression test on the left. Range of motion is decreased in all planes. Sensation, reflexes and strength in the upper extremities are within normal limits.',
    'DIAGNOSTIC IMPRESSION: Multiple cervical spondylosis with possible instability; C4-5 disc protrusion impressing on the anterior cord; C5-6 disc disease; C7 right-sided lateral disc protrusion.',
    'PLAN: Surgical options were discussed. Request authorization for a repeat MRI of the cervical spine and cervical flexion and extension x-rays to evaluate the cord and possible instability before surgical planning. Refer to pain management for discography. Continue medications and activity modification.',
  ],
};

export const SAMPLE_DISCOGRAM: SampleRecordText = {
  date: '2014-05-16',
  title: 'Cervical Discogram Procedure Note',
  docType: 'procedure_note',
  provider: 'Simone Quillfeather, MD',
  organization: 'Valley Interventional Pain Associates (demo)',
  paragraphs: [
    'PROCEDURE: Provocative cervical discography at C3-4, C4-5, C5-6 and C6-7 under fluoroscopic guidance, with post-discography CT.',
    'TECHNIQUE: After informed consent and sterile preparation, a right anterolateral approach was used at each level with a 25-gauge needle. Contrast was injected with manometry.',
    'RESULTS: C3-4: normal nucleogram, no pain (control level). C4-5: posterior annular fissure, concordant pain 7/10. C5-6: degenerated disc with posterior fissure, concordant pain 8/10. C6-7: right posterolateral fissure, concordant pain 6/10.',
    'IMPRESSION: Multiple levels of concordant pain at C4-5, C5-6 and C6-7 with a negative control at C3-4. The results were sent to the treating surgeon.',
  ],
};

export const SAMPLE_EMG: SampleRecordText = {
  date: '2014-05-08',
  title: 'Electrodiagnostic Consultation (EMG/NCS), Upper Extremities',
  docType: 'consultation',
  provider: 'Theo Wavelength, MD',
  organization: 'Coastal Neurodiagnostics (demo)',
  paragraphs: [
    'REASON FOR REFERRAL: Neck pain with intermittent left arm symptoms; evaluate for radiculopathy.',
    'NERVE CONDUCTION STUDIES: Median, ulnar and radial sensory and motor studies of both upper extremities are within normal limits. F-wave latencies are normal.',
    'NEEDLE EMG: Mild chronic neurogenic changes with reduced recruitment in the left biceps, brachioradialis and C6 paraspinal muscles. Other muscles tested are normal.',
    'IMPRESSION: Mild left C6 radiculopathy. No evidence of median or ulnar entrapment neuropathy.',
  ],
};

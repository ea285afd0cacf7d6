import type { SampleRecordText } from './sampleRecordText';

const RADIOLOGY = { provider: 'Vera Radiant, MD', organization: 'Seaside Imaging Center (demo)' } as const;

export const SAMPLE_IMAGING: readonly SampleRecordText[] = [
  {
    ...RADIOLOGY,
    date: '2013-10-11',
    docType: 'imaging_report',
    title: 'MRI Cervical Spine without Contrast',
    paragraphs: [
      'CLINICAL HISTORY: Chronic neck pain with intermittent left upper extremity symptoms.',
      'TECHNIQUE: Sagittal T1, T2 and STIR and axial T2 and gradient echo images of the cervical spine were obtained without contrast.',
      'FINDINGS: Multilevel cervical spondylosis with loss of the normal lordosis. C3-4: mild disc bulge without stenosis. C4-5: 3 mm central disc protrusion impressing on the anterior cord, without abnormal cord signal; mild central canal narrowing. C5-6: disc space narrowing with a disc-osteophyte complex, moderate left and mild right foraminal narrowing. C6-7: right-sided lateral disc protrusion at the C7 level narrowing the right lateral recess. C7-T1: unremarkable.',
      'IMPRESSION: 1. Multilevel cervical spondylosis. 2. C4-5 disc protrusion impressing on the anterior cord. 3. C5-6 disc disease with moderate left foraminal narrowing. 4. C7 right-sided lateral disc protrusion.',
    ],
  },
  {
    ...RADIOLOGY,
    date: '2014-01-15',
    docType: 'imaging_report',
    title: 'MRI Cervical Spine without Contrast',
    paragraphs: [
      'CLINICAL HISTORY: Neck pain; comparison with the prior study.',
      'COMPARISON: MRI of the cervical spine dated 10/11/2013.',
      'FINDINGS: Multilevel spondylosis is again seen. C4-5: the central disc protrusion impressing on the anterior cord is unchanged, without cord signal change. C5-6: disc disease with disc-osteophyte complex and moderate left foraminal narrowing, unchanged. C6-7: the right-sided lateral disc protrusion at C7 is unchanged. No new disc herniation.',
      'IMPRESSION: No significant interval change since 10/11/2013. Multilevel cervical spondylosis with a C4-5 protrusion impressing on the anterior cord.',
    ],
  },
  {
    ...RADIOLOGY,
    date: '2014-04-21',
    docType: 'imaging_report',
    title: 'MRI Cervical Spine without Contrast',
    paragraphs: [
      'CLINICAL HISTORY: Neck pain, surgical planning.',
      'COMPARISON: MRI of the cervical spine dated 01/15/2014.',
      'FINDINGS: Multiple levels of cervical spondylosis. C4-5: the disc protrusion impressing on the anterior cord is unchanged; possible mild anterior cord compression without myelomalacia. C5-6: disc disease is unchanged. C6-7: the C7 right-sided lateral disc protrusion is less prominent than on the prior study.',
      'IMPRESSION: 1. Multiple cervical spondylosis with possible anterior cord compression at C4-5. 2. C5-6 disc disease, unchanged. 3. C4-5 disc protrusion impressing on the anterior cord, unchanged. 4. C7 right-sided lateral disc protrusion, less prominent.',
    ],
  },
  {
    ...RADIOLOGY,
    date: '2014-04-21',
    docType: 'imaging_report',
    title: 'X-Ray Cervical Spine, Flexion and Extension Views',
    paragraphs: [
      'CLINICAL HISTORY: Neck pain; evaluate for instability before possible surgery.',
      'FINDINGS: Neutral, flexion and extension lateral views. Multilevel disc space narrowing, most pronounced at C5-6, with anterior osteophytes. On flexion there is 2 mm anterolisthesis of C4 on C5 that reduces on extension, suggesting possible segmental instability. No fracture. Prevertebral soft tissues are normal.',
      'IMPRESSION: Multilevel cervical spondylosis with 2 mm dynamic anterolisthesis at C4-5; possible instability. Clinical correlation is recommended.',
    ],
  },
];

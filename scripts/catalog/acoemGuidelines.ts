/** One version of an ACOEM guideline: its date as printed, and when the MTUS applied it (domain reference 2.3.C). */
export interface AcoemVersion {
  label: string | null;
  date: string | null;
  mtusFrom: string;
  mtusTo: string | null;
}

export interface AcoemGuideline {
  key: string;
  name: string;
  reg: string;
  bodyParts: readonly string[];
  versions: readonly AcoemVersion[];
  topics: readonly string[];
  /** The section pairing and versions are [V] on the DWC MTUS page; topics are [R]. */
  verified: boolean;
}

const v = (
  label: string | null,
  date: string | null,
  mtusFrom: string,
  mtusTo: string | null = null,
): AcoemVersion => ({
  label,
  date,
  mtusFrom,
  mtusTo,
});

export const acoemGuidelines: readonly AcoemGuideline[] = [
  {
    key: 'initial-approaches',
    name: 'Initial Approaches to Treatment',
    reg: '9792.22',
    bodyParts: [],
    verified: true,
    versions: [v('June 30, 2017', '2017-06-30', '2017-12-01')],
    topics: ['Home Health Care', 'Medications', 'Physical methods'],
  },
  {
    key: 'cervical-thoracic',
    name: 'Cervical and Thoracic Spine Disorders',
    reg: '9792.23.1',
    bodyParts: ['neck', 'upper back'],
    verified: true,
    versions: [
      v('May 27, 2016', '2016-05-27', '2017-12-01', '2019-04-17'),
      v('Oct 17, 2018', '2018-10-17', '2019-04-18'),
    ],
    topics: [
      'MRI',
      'X-rays',
      'Flexion and extension x-rays',
      'Epidural glucocorticosteroid injections',
      'Physical therapy',
      'Cervical fusion',
    ],
  },
  {
    key: 'shoulder',
    name: 'Shoulder Disorders',
    reg: '9792.23.2',
    bodyParts: ['shoulder'],
    verified: true,
    versions: [v('Aug 1, 2016', '2016-08-01', '2017-12-01')],
    topics: [
      'MRI',
      'Rotator cuff repair',
      'Subacromial decompression',
      'Glucocorticosteroid injections',
      'Physical therapy',
    ],
  },
  {
    key: 'elbow',
    name: 'Elbow Disorders',
    reg: '9792.23.3',
    bodyParts: ['elbow'],
    verified: true,
    versions: [v('2013', null, '2017-12-01', '2019-04-17'), v('Aug 23, 2018', '2018-08-23', '2019-04-18')],
    topics: ['Lateral epicondylalgia', 'Glucocorticosteroid injections', 'MRI', 'Physical therapy', 'Surgery'],
  },
  {
    key: 'hand-wrist-forearm',
    name: 'Hand, Wrist, and Forearm Disorders',
    reg: '9792.23.4',
    bodyParts: ['hand', 'wrist', 'forearm'],
    verified: true,
    versions: [
      v('June 30, 2016', '2016-06-30', '2017-12-01', '2019-04-17'),
      v('Jan 7, 2019', '2019-01-07', '2019-04-18'),
    ],
    topics: ['Carpal tunnel release', 'Splinting', 'Electrodiagnostic studies', 'Trigger finger', 'MRI'],
  },
  {
    key: 'low-back',
    name: 'Low Back Disorders',
    reg: '9792.23.5',
    bodyParts: ['low back'],
    verified: true,
    versions: [
      v('Feb 24, 2016', '2016-02-24', '2017-12-01', '2019-08-10'),
      v('Mar 7, 2019', '2019-03-07', '2019-08-11', '2021-11-22'),
      v('Feb 13, 2020', '2020-02-13', '2021-11-23'),
    ],
    topics: [
      'MRI',
      'X-rays',
      'Epidural glucocorticosteroid injections',
      'Physical therapy',
      'Spinal fusion',
      'Discectomy',
      'Electrodiagnostic studies',
    ],
  },
  {
    key: 'knee',
    name: 'Knee Disorders',
    reg: '9792.23.6',
    bodyParts: ['knee'],
    verified: true,
    versions: [
      v('Oct 28, 2015', '2015-10-28', '2017-12-01', '2020-09-20'),
      v('Dec 3, 2019', '2019-12-03', '2020-09-21'),
    ],
    topics: [
      'MRI',
      'Meniscectomy',
      'Total knee arthroplasty',
      'Hyaluronic acid injections',
      'Physical therapy',
      'ACL reconstruction',
    ],
  },
  {
    key: 'ankle-foot',
    name: 'Ankle and Foot Disorders',
    reg: '9792.23.7',
    bodyParts: ['ankle', 'foot'],
    verified: true,
    versions: [v('Sept 2015', null, '2017-12-01', '2019-04-17'), v('July 16, 2018', '2018-07-16', '2019-04-18')],
    topics: ['MRI', 'X-rays', 'Orthotics', 'Plantar heel pain', 'Physical therapy'],
  },
  {
    key: 'mental-health-ptsd',
    name: 'Workplace Mental Health: Posttraumatic Stress Disorder and Acute Stress Disorder',
    reg: '9792.23.8',
    bodyParts: ['mental health'],
    verified: true,
    versions: [v('Dec 18, 2018', '2018-12-18', '2019-04-18')],
    topics: ['Psychotherapy', 'Cognitive behavioral therapy', 'Medications'],
  },
  {
    key: 'mental-health-depressive',
    name: 'Workplace Mental Health: Depressive Disorders',
    reg: '9792.23.8',
    bodyParts: ['mental health'],
    verified: false,
    versions: [v(null, null, '2017-12-01')],
    topics: ['Antidepressants', 'Psychotherapy'],
  },
  {
    key: 'eye',
    name: 'Eye Disorders',
    reg: '9792.23.9',
    bodyParts: ['eye'],
    verified: true,
    versions: [v('Apr 1, 2017', '2017-04-01', '2017-12-01')],
    topics: ['Corneal abrasion', 'Eye examination'],
  },
  {
    key: 'hip-groin',
    name: 'Hip and Groin Disorders',
    reg: '9792.23.10',
    bodyParts: ['hip', 'pelvis'],
    verified: true,
    versions: [
      v('May 1, 2011', '2011-05-01', '2017-12-01', '2019-10-06'),
      v('Apr 24, 2019', '2019-04-24', '2019-10-07'),
    ],
    topics: ['MRI', 'Total hip arthroplasty', 'Hip arthroscopy', 'Physical therapy'],
  },
  {
    key: 'asthma',
    name: 'Occupational/Work-Related Asthma Medical Treatment',
    reg: '9792.23.11',
    bodyParts: ['lung'],
    verified: true,
    versions: [
      v('Jan 4, 2016', '2016-01-04', '2017-12-01', '2020-09-20'),
      v('June 5, 2020', '2020-06-05', '2020-09-21'),
    ],
    topics: ['Pulmonary function testing', 'Inhaled medications'],
  },
  {
    key: 'interstitial-lung',
    name: 'Occupational Interstitial Lung Disease',
    reg: '9792.23.12',
    bodyParts: ['lung'],
    verified: true,
    versions: [
      v('Jan 4, 2016', '2016-01-04', '2017-12-01', '2020-09-20'),
      v('Nov 8, 2019', '2019-11-08', '2020-09-21'),
    ],
    topics: ['High-resolution CT', 'Pulmonary function testing'],
  },
  {
    key: 'chronic-pain',
    name: 'Chronic Pain',
    reg: '9792.24.2',
    bodyParts: [],
    verified: true,
    versions: [v('May 15, 2017', '2017-05-15', '2017-12-01')],
    topics: [
      'Functional restoration programs',
      'Muscle relaxants',
      'Topical compounded medications',
      'Trigger point injections',
      'Spinal cord stimulators',
      'TENS',
      'NSAIDs',
      'Antidepressants',
    ],
  },
  {
    key: 'opioids',
    name: 'Opioids',
    reg: '9792.24.4',
    bodyParts: [],
    verified: true,
    versions: [v('Apr 20, 2017', '2017-04-20', '2017-12-01')],
    topics: [
      'Opioids for chronic pain',
      'Urine drug testing',
      'Opioid tapering',
      'Tramadol',
      'Opioid treatment agreements',
    ],
  },
];

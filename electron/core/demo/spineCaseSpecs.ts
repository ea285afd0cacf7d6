import { CITE, decisionBasedOn } from './decisionBasedOn';
import type { DemoCaseSpec } from './demoCaseSpec';

export const SPINE_CASE_SPECS: readonly DemoCaseSpec[] = [
  {
    serial: '0041187', priority: 'standard', dueInDays: -2, receivedDaysAgo: 20, urDaysBeforeReceived: 24, injuryDaysAgo: 640,
    claimantName: 'Ramon Testwood', claimantAge: 47, claimantSex: 'male', occupation: 'warehouse forklift operator',
    mechanism: 'he lifted a 60-pound carton from a pallet and felt a pull in the low back',
    claimsAdministrator: 'Golden Poppy Mutual Insurance (demo)', urVendor: 'Coastline Review Services (demo)', urReviewer: 'physician advisor, Board Certified in Physical Medicine and Rehabilitation',
    adjuster: 'Nadia Claimsworth', primaryDiagnosis: 'M51.16 Intervertebral disc disorder with radiculopathy, lumbar region',
    requestingPhysician: 'Alden Fictus, MD', physicianSpecialty: 'Physical Medicine and Rehabilitation', clinic: 'Harbor Spine and Rehabilitation Clinic (demo)',
    region: 'lowBack', bodyParts: ['low back'],
    diagnoses: ['Lumbar disc protrusion L4-5 with left L5 radiculopathy', 'Lumbar myofascial pain'],
    medications: ['Naproxen 550 mg twice daily', 'Gabapentin 300 mg three times daily'],
    neuroFinding: 'Decreased sensation to light touch in the left L5 dermatome. Extensor hallucis longus strength is 4/5 on the left. Patellar and Achilles reflexes are 2+ and symmetric.',
    items: [
      {
        requestedTreatment: 'Left L4-5 and L5-S1 transforaminal epidural steroid injection', urDecision: 'denied',
        caGuideline: decisionBasedOn(`${CITE.lowBack}, Epidural glucocorticosteroid injections`),
        rationale: 'Radicular pain persists despite eight sessions of physical therapy and medications, with MRI evidence of L5 root contact.',
        urReasons: 'Two-level transforaminal injections were requested without documentation of which level corresponds to the dermatomal findings. The guideline supports a single injection at the level of documented radiculopathy after failure of conservative care; a two-level request is not supported.',
      },
      {
        requestedTreatment: 'Physical therapy 2 times a week for 6 weeks, lumbar spine', urDecision: 'modified', certified: '6 visits',
        caGuideline: decisionBasedOn(`${CITE.lowBack}, Physical therapy`),
        rationale: 'A further course of active therapy is requested to progress core stabilization.',
        urReasons: 'The patient completed 8 prior visits with partial improvement. A short course of 6 visits is supported to transition to an independent home program; 12 visits exceeds the guideline.',
      },
    ],
    records: [
      {
        title: 'MRI Lumbar Spine without Contrast', docType: 'imaging_report', provider: 'Vera Radiant, MD', organization: 'Seaside Imaging Center (demo)', daysBeforeUr: 75,
        paragraphs: [
          'CLINICAL HISTORY: Low back pain radiating to the left leg after a lifting injury.',
          'TECHNIQUE: Multiplanar, multisequence MRI of the lumbar spine without contrast.',
          'FINDINGS: Vertebral body heights are maintained. L3-4: mild disc bulge without stenosis. L4-5: 4 mm left paracentral disc protrusion contacting the descending left L5 nerve root in the lateral recess, mild facet arthropathy. L5-S1: 2 mm broad-based bulge without nerve root contact. The conus terminates at L1.',
          'IMPRESSION: 1. L4-5 left paracentral protrusion contacting the left L5 nerve root. 2. Mild degenerative changes at L3-4 and L5-S1.',
        ],
      },
      {
        title: 'Pain Management Consultation', docType: 'consultation', provider: 'Simone Quillfeather, MD', organization: 'Valley Interventional Pain Associates (demo)', daysBeforeUr: 20,
        paragraphs: [
          'REASON FOR CONSULTATION: Left leg pain despite conservative care.',
          'HISTORY: The patient completed eight physical therapy visits and takes naproxen and gabapentin. Pain is 6/10 in the back and 7/10 in the left leg.',
          'EXAMINATION: Straight leg raise positive on the left at 45 degrees. Decreased light touch sensation over the dorsum of the left foot. Extensor hallucis longus 4/5 on the left.',
          'ASSESSMENT AND RECOMMENDATION: Left L5 radiculopathy concordant with the MRI. A left L4-5 transforaminal epidural steroid injection is reasonable; the L5-S1 level may be considered if relief is incomplete.',
        ],
      },
    ],
  },
  {
    serial: '0042201', priority: 'standard', dueInDays: -1, receivedDaysAgo: 16, urDaysBeforeReceived: 21, injuryDaysAgo: 900,
    claimantName: 'Anh Dummond', claimantAge: 50, claimantSex: 'female', occupation: 'dental hygienist',
    mechanism: 'she developed neck pain from sustained neck flexion while treating patients',
    claimsAdministrator: 'Sierra Vista Claims Services (demo)', urVendor: 'Sierra Vista Utilization Review (demo)', urReviewer: 'physician advisor, Board Certified in Anesthesiology and Pain Medicine',
    adjuster: 'Corwin Ledger', primaryDiagnosis: 'M50.12 Cervical disc disorder with radiculopathy, mid-cervical region',
    requestingPhysician: 'Beatrix Nullman, MD', physicianSpecialty: 'Pain Medicine', clinic: 'Redwood Pain and Spine (demo)',
    region: 'neck', bodyParts: ['neck'],
    diagnoses: ['Cervical disc protrusion C5-6', 'Cervical radiculitis, left', 'Cervical myofascial pain'],
    medications: ['Meloxicam 15 mg daily', 'Duloxetine 30 mg daily'],
    items: [
      {
        requestedTreatment: 'Cervical interlaminar epidural steroid injection at C5-6 under fluoroscopy', urDecision: 'denied',
        caGuideline: decisionBasedOn(`${CITE.cervical}, Epidural glucocorticosteroid injections`, `${CITE.odg} Neck and Upper Back Chapter-Cervical epidural steroid injections`),
        rationale: 'Left arm paresthesias persist after physical therapy and medications; MRI shows a C5-6 protrusion.',
        urReasons: 'The examination documents normal sensation, reflexes and strength in the upper extremities. Radiculopathy must be corroborated by examination findings and imaging or electrodiagnostic testing before an epidural injection is supported. Subjective paresthesias alone do not meet the criteria.',
      },
    ],
    records: [
      {
        title: 'MRI Cervical Spine without Contrast', docType: 'imaging_report', provider: 'Omar Lumen, MD', organization: 'Redwood Open MRI (demo)', daysBeforeUr: 60,
        paragraphs: [
          'CLINICAL HISTORY: Neck pain with intermittent left arm tingling.',
          'FINDINGS: Straightening of the cervical lordosis. C4-5: minimal bulge. C5-6: 3 mm left paracentral disc protrusion with mild left foraminal narrowing; no cord compression. C6-7: mild uncovertebral hypertrophy without stenosis. The cord signal is normal.',
          'IMPRESSION: C5-6 left paracentral protrusion with mild left foraminal narrowing.',
        ],
      },
    ],
  },
  {
    serial: '0042958', priority: 'standard', dueInDays: 3, receivedDaysAgo: 11, urDaysBeforeReceived: 19, injuryDaysAgo: 420,
    claimantName: 'Priya Placeholder', claimantAge: 35, claimantSex: 'female', occupation: 'customer service representative',
    mechanism: 'her vehicle was rear-ended while she was driving between client sites',
    claimsAdministrator: 'Pacific Crest Insurance Company (demo)', urVendor: 'Pacific Crest Medical Review (demo)', urReviewer: 'physician advisor, Board Certified in Occupational Medicine',
    adjuster: 'Lorena Deskwright', primaryDiagnosis: 'S13.4XXA Sprain of ligaments of cervical spine',
    requestingPhysician: 'Gideon Sparrowhawk, DC', physicianSpecialty: 'Chiropractic', clinic: 'Mission Bay Chiropractic (demo)',
    region: 'neck', bodyParts: ['neck', 'upper back'],
    diagnoses: ['Cervical sprain and strain', 'Thoracic myofascial pain', 'Cervicogenic headache'],
    medications: ['Ibuprofen 600 mg as needed', 'Cyclobenzaprine 7.5 mg at bedtime'],
    items: [
      {
        requestedTreatment: 'Acupuncture 2 times a week for 6 weeks, cervical spine', urDecision: 'modified', certified: '6 sessions',
        caGuideline: decisionBasedOn(CITE.acupuncture),
        rationale: 'Acupuncture is requested as an adjunct to active rehabilitation to allow a reduction in medication.',
        urReasons: 'No prior acupuncture is documented. The guideline allows 3 to 6 treatments to produce functional improvement, with extension only when functional improvement is documented. Six sessions are certified; the remaining six are not.',
      },
      {
        requestedTreatment: 'Cyclobenzaprine 7.5 mg #60', urDecision: 'denied',
        caGuideline: decisionBasedOn(`${CITE.chronicPain}, Muscle relaxants`, CITE.formulary),
        rationale: 'Cyclobenzaprine is refilled for nighttime muscle spasm.',
        urReasons: 'Cyclobenzaprine has been used nightly for more than four months. Muscle relaxants are recommended only for short-term treatment of acute exacerbations, and no acute flare is documented. Weaning is advised.',
      },
    ],
    records: [
      {
        title: 'X-Ray Cervical Spine, 3 Views', docType: 'imaging_report', provider: 'Vera Radiant, MD', organization: 'Seaside Imaging Center (demo)', daysBeforeUr: 380,
        paragraphs: ['FINDINGS: Mild loss of the normal cervical lordosis, which may be positional or related to muscle spasm. Vertebral body heights and disc spaces are preserved. No fracture or subluxation.', 'IMPRESSION: No acute osseous abnormality.'],
      },
    ],
  },
];

import { CITE, decisionBasedOn } from './decisionBasedOn';
import type { DemoCaseSpec } from './demoCaseSpec';

export const EXTREMITY_CASE_SPECS: readonly DemoCaseSpec[] = [
  {
    serial: '0044512', priority: 'standard', dueInDays: 1, receivedDaysAgo: 13, urDaysBeforeReceived: 20, injuryDaysAgo: 500,
    claimantName: 'Keiko Demoret', claimantAge: 38, claimantSex: 'female', occupation: 'medical billing specialist',
    mechanism: 'she developed numbness of the right hand from continuous keyboard and mouse work',
    claimsAdministrator: 'Pacific Crest Insurance Company (demo)', urVendor: 'Pacific Crest Medical Review (demo)', urReviewer: 'physician advisor, Board Certified in Plastic Surgery with added qualification in hand surgery',
    adjuster: 'Lorena Deskwright', primaryDiagnosis: 'G56.01 Carpal tunnel syndrome, right upper limb',
    requestingPhysician: 'Cosima Brightwater, MD', physicianSpecialty: 'Hand Surgery', clinic: 'Bayshore Hand Center (demo)',
    region: 'wrist', bodyParts: ['wrist', 'hand'],
    diagnoses: ['Right carpal tunnel syndrome', 'Right wrist tendinitis'],
    medications: ['Ibuprofen 400 mg as needed', 'Night splint, right wrist'],
    items: [
      {
        requestedTreatment: 'Right open carpal tunnel release', urDecision: 'denied',
        caGuideline: decisionBasedOn(`${CITE.hand}, Carpal tunnel release`, `${CITE.odg} Carpal Tunnel Syndrome Chapter-Carpal tunnel release surgery (CTR)`),
        rationale: 'Symptoms persist after four months of splinting and one corticosteroid injection, which gave two weeks of relief.',
        urReasons: 'No electrodiagnostic study is in the records. The guideline recommends confirming the diagnosis with nerve conduction studies before surgery, because clinical signs alone are not specific.',
      },
      {
        requestedTreatment: 'EMG and nerve conduction studies of both upper extremities', urDecision: 'modified', certified: 'EMG and nerve conduction studies of the right upper extremity',
        caGuideline: decisionBasedOn(`${CITE.hand}, Electrodiagnostic studies`),
        rationale: 'Studies are requested to confirm median neuropathy before surgery.',
        urReasons: 'Symptoms are limited to the right hand and there is no neck pain or left-sided complaint. Testing of the right upper extremity is supported; testing of the asymptomatic left side is not.',
      },
    ],
    records: [
      {
        title: 'Hand Surgery Consultation', docType: 'consultation', provider: 'Cosima Brightwater, MD', organization: 'Bayshore Hand Center (demo)', daysBeforeUr: 40,
        paragraphs: [
          'HISTORY: Eight months of right hand numbness in the thumb, index and middle fingers, worse at night. Splinting helps partially. A carpal tunnel injection two months ago gave about two weeks of relief.',
          'EXAMINATION: Positive Tinel sign and Phalen test at the right carpal tunnel. Two-point discrimination 6 mm in the index finger. No thenar atrophy. Spurling test negative.',
          'ASSESSMENT: Right carpal tunnel syndrome, clinically moderate. Recommend carpal tunnel release; electrodiagnostic testing ordered.',
        ],
      },
    ],
  },
  {
    serial: '0045130', priority: 'standard', dueInDays: 10, receivedDaysAgo: 4, urDaysBeforeReceived: 25, injuryDaysAgo: 760,
    claimantName: 'Lucia Fictora', claimantAge: 44, claimantSex: 'female', occupation: 'school custodian',
    mechanism: 'she slipped on a wet floor and twisted her left knee',
    claimsAdministrator: 'Sierra Vista Claims Services (demo)', urVendor: 'Sierra Vista Utilization Review (demo)', urReviewer: 'physician advisor, Board Certified in Orthopaedic Surgery',
    adjuster: 'Corwin Ledger', primaryDiagnosis: 'M17.12 Unilateral primary osteoarthritis, left knee',
    requestingPhysician: 'Ptolemy Vantablack, MD', physicianSpecialty: 'Orthopaedic Surgery', clinic: 'Eastbay Orthopaedic Group (demo)',
    region: 'knee', bodyParts: ['knee'],
    diagnoses: ['Left knee medial compartment osteoarthritis', 'Left knee sprain, history of'],
    medications: ['Diclofenac 75 mg twice daily', 'Topical diclofenac gel'],
    items: [
      {
        requestedTreatment: 'MRI left knee without contrast', urDecision: 'denied',
        caGuideline: decisionBasedOn(`${CITE.knee}, MRI`),
        rationale: 'An MRI is requested to evaluate for a meniscal tear because of intermittent catching.',
        urReasons: 'Standing radiographs already show moderate medial joint space narrowing, and there is no locking, effusion or instability on examination. MRI is not recommended for the evaluation of degenerative knee pain when surgery is not being considered.',
      },
      {
        requestedTreatment: 'Hyaluronic acid injections, left knee, series of 3', urDecision: 'denied',
        caGuideline: decisionBasedOn(`${CITE.knee}, Hyaluronic acid injections`, `${CITE.odg} Knee & Leg Chapter-Hyaluronic acid injections`),
        rationale: 'Viscosupplementation is requested after partial relief from a corticosteroid injection.',
        urReasons: 'The guideline applied does not recommend hyaluronic acid injections for knee osteoarthritis beyond select cases, and the records do not show failure of a full course of exercise therapy.',
      },
    ],
    records: [
      {
        title: 'X-Ray Left Knee, Standing AP, Lateral and Sunrise Views', docType: 'imaging_report', provider: 'Vera Radiant, MD', organization: 'Seaside Imaging Center (demo)', daysBeforeUr: 90,
        paragraphs: ['FINDINGS: Moderate narrowing of the medial joint space with marginal osteophytes. Lateral compartment preserved. Mild patellofemoral narrowing. No effusion, fracture or loose body.', 'IMPRESSION: Moderate medial compartment osteoarthritis of the left knee.'],
      },
    ],
  },
  {
    serial: '0045377', priority: 'standard', dueInDays: 7, receivedDaysAgo: 7, urDaysBeforeReceived: 18, injuryDaysAgo: 260,
    claimantName: 'Gloria Hypothet', claimantAge: 56, claimantSex: 'female', occupation: 'hotel housekeeper',
    mechanism: 'she felt sudden right shoulder pain while pulling a fitted sheet over a mattress',
    claimsAdministrator: 'Delta Coastal Risk Services (demo)', urVendor: 'Delta Coastal Medical Review (demo)', urReviewer: 'physician advisor, Board Certified in Physical Medicine and Rehabilitation',
    adjuster: 'Marisol Papertrail', primaryDiagnosis: 'M75.41 Impingement syndrome of right shoulder',
    requestingPhysician: 'Alden Fictus, MD', physicianSpecialty: 'Physical Medicine and Rehabilitation', clinic: 'Harbor Spine and Rehabilitation Clinic (demo)',
    region: 'shoulder', bodyParts: ['shoulder'],
    diagnoses: ['Right shoulder impingement syndrome', 'Right shoulder rotator cuff tendinopathy'],
    medications: ['Meloxicam 7.5 mg daily'],
    items: [
      {
        requestedTreatment: 'MRI right shoulder without contrast', urDecision: 'denied',
        caGuideline: decisionBasedOn(`${CITE.shoulder}, MRI`),
        rationale: 'MRI is requested because pain persists after four months.',
        urReasons: 'Strength is 5/5 and there are no signs of a full-thickness tear or instability. Imaging is recommended when surgery is being considered or red flags are present, which are not documented.',
      },
      {
        requestedTreatment: 'Physical therapy 3 times a week for 4 weeks, right shoulder', urDecision: 'modified', certified: '6 visits',
        caGuideline: decisionBasedOn(`${CITE.shoulder}, Physical therapy`),
        rationale: 'Supervised therapy has not yet been tried.',
        urReasons: 'An initial trial of 6 visits is supported, with further visits depending on documented functional improvement.',
      },
    ],
    records: [
      {
        title: 'X-Ray Right Shoulder, 3 Views', docType: 'imaging_report', provider: 'Omar Lumen, MD', organization: 'Redwood Open MRI (demo)', daysBeforeUr: 120,
        paragraphs: ['FINDINGS: Type II acromion. Mild acromioclavicular joint degenerative change. Glenohumeral joint space preserved. No calcific tendinitis or fracture.', 'IMPRESSION: No acute abnormality; mild acromioclavicular arthrosis.'],
      },
    ],
  },
];

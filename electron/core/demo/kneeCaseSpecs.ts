import { CITE, decisionBasedOn } from './decisionBasedOn';
import type { DemoCaseSpec } from './demoCaseSpec';

export const KNEE_CASE_SPECS: readonly DemoCaseSpec[] = [
  {
    serial: '0046021',
    priority: 'standard',
    dueInDays: 14,
    receivedDaysAgo: 2,
    urDaysBeforeReceived: 16,
    injuryDaysAgo: 180,
    claimantName: 'Tomasz Specimen',
    claimantAge: 29,
    claimantSex: 'male',
    occupation: 'landscape laborer',
    mechanism: 'he pivoted on his right leg while carrying a wheelbarrow on a slope',
    claimsAdministrator: 'Redwood Self-Insured Group (demo)',
    urVendor: 'Redwood Utilization Management (demo)',
    urReviewer: 'physician advisor, Board Certified in Orthopaedic Surgery with added qualification in sports medicine',
    adjuster: 'Tobias Formfiller',
    primaryDiagnosis: 'S83.241A Other tear of medial meniscus, current injury, right knee',
    requestingPhysician: 'Ptolemy Vantablack, MD',
    physicianSpecialty: 'Orthopaedic Surgery',
    clinic: 'Eastbay Orthopaedic Group (demo)',
    region: 'knee',
    bodyParts: ['knee'],
    diagnoses: ['Right knee medial meniscus tear, posterior horn', 'Right knee effusion'],
    medications: ['Ibuprofen 800 mg three times daily'],
    items: [
      {
        requestedTreatment: 'Right knee arthroscopic partial medial meniscectomy',
        urDecision: 'denied',
        caGuideline: decisionBasedOn(`${CITE.knee}, Meniscectomy`, `${CITE.odg} Knee & Leg Chapter-Meniscectomy`),
        rationale:
          'Mechanical locking episodes continue despite six weeks of therapy; MRI shows a displaced flap tear.',
        urReasons:
          'The records describe pain and swelling but do not document a locked knee or a block to extension on examination. A trial of a full course of physical therapy is not documented.',
      },
      {
        requestedTreatment: 'Postoperative physical therapy, 12 visits',
        urDecision: 'denied',
        caGuideline: decisionBasedOn(`${CITE.postsurgical} Page(s): 24-25`),
        rationale: 'Therapy after meniscectomy is requested per protocol.',
        urReasons: 'The surgery is not certified, so postoperative therapy is not necessary.',
      },
    ],
    records: [
      {
        title: 'MRI Right Knee without Contrast',
        docType: 'imaging_report',
        provider: 'Omar Lumen, MD',
        organization: 'Redwood Open MRI (demo)',
        daysBeforeUr: 55,
        paragraphs: [
          'FINDINGS: Complex tear of the posterior horn of the medial meniscus with a flap fragment displaced into the medial gutter. Intact cruciate and collateral ligaments. Moderate joint effusion. Articular cartilage preserved.',
          'IMPRESSION: Displaced flap tear of the posterior horn of the medial meniscus.',
        ],
      },
      {
        title: 'Physical Therapy Discharge Summary',
        docType: 'progress_note',
        provider: 'Reggie Stretchwell, PT',
        organization: 'Motion Works Physical Therapy (demo)',
        daysBeforeUr: 12,
        paragraphs: [
          'VISITS: 6 visits over 3 weeks. The patient was discharged to a home program after 6 of 12 authorized visits.',
          'STATUS: Quadriceps strength improved from 4-/5 to 4/5. Two episodes of locking during therapy, relieved by manipulation of the knee by the patient. Range of motion 5 to 120 degrees.',
          'ASSESSMENT: Mechanical symptoms limit progress; surgical follow-up recommended.',
        ],
      },
    ],
  },
  {
    serial: '0046488',
    priority: 'standard',
    dueInDays: 21,
    receivedDaysAgo: 1,
    urDaysBeforeReceived: 27,
    injuryDaysAgo: 2100,
    claimantName: 'Rosa Imaginario',
    claimantAge: 63,
    claimantSex: 'female',
    occupation: 'school cafeteria cook',
    mechanism: 'she developed progressive left knee pain from years of standing and a fall onto the knee at work',
    claimsAdministrator: 'Golden Poppy Mutual Insurance (demo)',
    urVendor: 'Coastline Review Services (demo)',
    urReviewer: 'physician advisor, Board Certified in Orthopaedic Surgery',
    adjuster: 'Nadia Claimsworth',
    primaryDiagnosis: 'M17.12 Unilateral primary osteoarthritis, left knee',
    requestingPhysician: 'Ptolemy Vantablack, MD',
    physicianSpecialty: 'Orthopaedic Surgery',
    clinic: 'Eastbay Orthopaedic Group (demo)',
    region: 'knee',
    bodyParts: ['knee'],
    diagnoses: ['Left knee tricompartmental osteoarthritis, severe', 'Body mass index 33'],
    medications: ['Celecoxib 200 mg daily', 'Acetaminophen 650 mg as needed'],
    items: [
      {
        requestedTreatment: 'Left total knee arthroplasty',
        urDecision: 'denied',
        caGuideline: decisionBasedOn(
          `${CITE.knee}, Total knee arthroplasty`,
          `${CITE.odg} Knee & Leg Chapter-Knee joint replacement`,
        ),
        rationale:
          'Bone-on-bone medial arthritis with night pain and walking tolerance under one block despite injections, therapy and medications.',
        urReasons:
          'The records do not document a trial of viscosupplementation or a weight-loss program, and the body mass index is above the threshold cited in the non-MTUS criteria.',
      },
      {
        requestedTreatment: 'Continuous passive motion device rental, 21 days',
        urDecision: 'denied',
        caGuideline: decisionBasedOn(`${CITE.odg} Knee & Leg Chapter-Continuous passive motion (CPM)`),
        rationale: 'CPM is requested for home use after arthroplasty.',
        urReasons:
          'The associated surgery is not certified. In addition, routine home use of CPM after knee arthroplasty is limited to 17 days in the criteria applied.',
      },
    ],
    records: [
      {
        title: 'X-Ray Left Knee, Standing Views',
        docType: 'imaging_report',
        provider: 'Vera Radiant, MD',
        organization: 'Seaside Imaging Center (demo)',
        daysBeforeUr: 45,
        paragraphs: [
          'FINDINGS: Complete loss of the medial joint space with subchondral sclerosis and cysts. Large osteophytes in all three compartments. Varus alignment of 8 degrees.',
          'IMPRESSION: Severe tricompartmental osteoarthritis, bone on bone medially.',
        ],
      },
      {
        title: 'Knee Injection Procedure Note',
        docType: 'procedure_note',
        provider: 'Ptolemy Vantablack, MD',
        organization: 'Eastbay Orthopaedic Group (demo)',
        daysBeforeUr: 150,
        paragraphs: [
          'PROCEDURE: Left knee intra-articular corticosteroid injection, 40 mg triamcinolone with 4 mL lidocaine 1 percent, superolateral approach after sterile preparation.',
          'RESULT: Tolerated well, no complications. At two-week follow-up the patient reported about 40 percent relief lasting three weeks.',
        ],
      },
    ],
  },
];

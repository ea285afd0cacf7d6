import { CITE, decisionBasedOn } from './decisionBasedOn';
import type { DemoCaseSpec } from './demoCaseSpec';

export const SURGICAL_CASE_SPECS: readonly DemoCaseSpec[] = [
  {
    serial: '0043310',
    priority: 'expedited',
    dueInDays: 1,
    receivedDaysAgo: 2,
    urDaysBeforeReceived: 14,
    injuryDaysAgo: 210,
    claimantName: 'Wendell Pseudonne',
    claimantAge: 43,
    claimantSex: 'male',
    occupation: 'framing carpenter',
    mechanism: 'he fell about six feet from a ladder and landed on his buttocks',
    claimsAdministrator: 'Redwood Self-Insured Group (demo)',
    urVendor: 'Redwood Utilization Management (demo)',
    urReviewer: 'physician advisor, Board Certified in Orthopaedic Surgery',
    adjuster: 'Tobias Formfiller',
    primaryDiagnosis: 'M51.17 Intervertebral disc disorder with radiculopathy, lumbosacral region',
    requestingPhysician: 'Ingrid Halloway-Demo, MD',
    physicianSpecialty: 'Orthopaedic Spine Surgery',
    clinic: 'Golden Gate Spine Surgeons (demo)',
    region: 'lowBack',
    bodyParts: ['low back'],
    diagnoses: ['Large L4-5 disc extrusion with left L5 radiculopathy', 'Progressive left foot weakness'],
    medications: ['Prednisone taper completed', 'Tramadol 50 mg every 6 hours as needed'],
    neuroFinding:
      'Left tibialis anterior and extensor hallucis longus strength 3/5. Diminished sensation over the left L5 dermatome. Reflexes are 2+ and symmetric.',
    items: [
      {
        requestedTreatment: 'Left L4-5 microdiscectomy',
        urDecision: 'denied',
        caGuideline: decisionBasedOn(
          `${CITE.lowBack}, Discectomy`,
          `${CITE.odg} Low Back Chapter-Discectomy/laminectomy`,
        ),
        rationale:
          "Dorsiflexion weakness has progressed from 4/5 to 3/5 over three weeks; urgent decompression is recommended. The treating physician certifies an imminent and serious threat to the patient's health.",
        urReasons:
          'The records do not include a current electrodiagnostic study, and the most recent physical therapy notes describe improvement. Six weeks of conservative care are not documented.',
      },
      {
        requestedTreatment: 'Lumbar-sacral orthosis (LSO brace), postoperative',
        urDecision: 'denied',
        caGuideline: decisionBasedOn(`${CITE.lowBack}, Lumbar supports`),
        rationale: 'A brace is requested for comfort after surgery.',
        urReasons:
          'The associated surgery is not certified, so the postoperative brace is not necessary. Lumbar supports are not recommended after a single-level discectomy.',
      },
    ],
    records: [
      {
        title: 'MRI Lumbar Spine without Contrast',
        docType: 'imaging_report',
        provider: 'Omar Lumen, MD',
        organization: 'Redwood Open MRI (demo)',
        daysBeforeUr: 30,
        paragraphs: [
          'CLINICAL HISTORY: Fall from a ladder; left leg pain and foot weakness.',
          'FINDINGS: L4-5: large left paracentral disc extrusion migrating 8 mm inferiorly, severely compressing the traversing left L5 nerve root and effacing the left lateral recess. Moderate central canal narrowing. L5-S1: mild disc desiccation without stenosis.',
          'IMPRESSION: Large left L4-5 extrusion with severe compression of the left L5 nerve root.',
        ],
      },
      {
        title: 'Spine Surgery Consultation',
        docType: 'consultation',
        provider: 'Ingrid Halloway-Demo, MD',
        organization: 'Golden Gate Spine Surgeons (demo)',
        daysBeforeUr: 5,
        paragraphs: [
          'HISTORY: Severe left leg pain since the fall, now with a foot slap when walking. Bowel and bladder function are normal.',
          'EXAMINATION: Left tibialis anterior 3/5, extensor hallucis longus 3/5, previously 4/5 three weeks ago. Diminished sensation over the left L5 dermatome. Positive straight leg raise on the left at 30 degrees.',
          'ASSESSMENT: Progressive motor deficit from a large L4-5 extrusion. Surgery is recommended on an expedited basis to limit permanent weakness.',
        ],
      },
    ],
  },
  {
    serial: '0043422',
    priority: 'expedited',
    dueInDays: 0,
    receivedDaysAgo: 3,
    urDaysBeforeReceived: 12,
    injuryDaysAgo: 150,
    claimantName: 'Felix Notreal',
    claimantAge: 39,
    claimantSex: 'male',
    occupation: 'delivery driver',
    mechanism: 'he fell on an outstretched right hand while carrying a package down stairs',
    claimsAdministrator: 'Delta Coastal Risk Services (demo)',
    urVendor: 'Delta Coastal Medical Review (demo)',
    urReviewer: 'physician advisor, Board Certified in Orthopaedic Surgery with added qualification in hand surgery',
    adjuster: 'Marisol Papertrail',
    primaryDiagnosis: 'S62.001K Fracture of navicular bone of right wrist, subsequent encounter for nonunion',
    requestingPhysician: 'Cosima Brightwater, MD',
    physicianSpecialty: 'Hand Surgery',
    clinic: 'Bayshore Hand Center (demo)',
    region: 'wristInjury',
    bodyParts: ['wrist', 'hand'],
    diagnoses: ['Right scaphoid waist fracture nonunion', 'Early radioscaphoid arthrosis'],
    medications: ['Acetaminophen 500 mg as needed'],
    items: [
      {
        requestedTreatment: 'Right scaphoid open reduction and internal fixation with distal radius bone graft',
        urDecision: 'denied',
        caGuideline: decisionBasedOn(`${CITE.odg} Forearm, Wrist & Hand Chapter`),
        rationale:
          'CT confirms nonunion with early collapse; delay risks progressive arthritis. The treating physician certifies an imminent and serious threat to the function of the hand.',
        urReasons:
          'A bone stimulator trial has not been documented, and the CT report describes partial bridging trabeculae. Surgery is not yet shown to be necessary.',
      },
      {
        requestedTreatment: 'Postoperative occupational therapy, 8 visits',
        urDecision: 'denied',
        caGuideline: decisionBasedOn(`${CITE.postsurgical} Page(s): 10-12`),
        rationale: 'Therapy is requested after fixation to restore motion.',
        urReasons: 'The associated surgery is not certified; postoperative therapy is therefore not necessary.',
      },
    ],
    records: [
      {
        title: 'CT Right Wrist without Contrast',
        docType: 'imaging_report',
        provider: 'Vera Radiant, MD',
        organization: 'Seaside Imaging Center (demo)',
        daysBeforeUr: 20,
        paragraphs: [
          'FINDINGS: Fracture through the waist of the scaphoid with sclerotic margins and a 2 mm gap. Minimal bridging trabeculae, less than 10 percent of the cross-section. Mild humpback deformity with an intrascaphoid angle of 45 degrees. Early narrowing of the radioscaphoid joint.',
          'IMPRESSION: Scaphoid waist nonunion with early humpback deformity and radioscaphoid arthrosis.',
        ],
      },
      {
        title: 'X-Ray Right Wrist, 4 Views',
        docType: 'imaging_report',
        provider: 'Vera Radiant, MD',
        organization: 'Seaside Imaging Center (demo)',
        daysBeforeUr: 120,
        paragraphs: [
          'FINDINGS: Nondisplaced fracture of the scaphoid waist. No other fracture. Soft tissue swelling over the radial wrist.',
          'IMPRESSION: Acute nondisplaced scaphoid waist fracture.',
        ],
      },
    ],
  },
  {
    serial: '0044075',
    priority: 'standard',
    dueInDays: 5,
    receivedDaysAgo: 9,
    urDaysBeforeReceived: 22,
    injuryDaysAgo: 300,
    claimantName: 'Darnell Mockridge',
    claimantAge: 52,
    claimantSex: 'male',
    occupation: 'grocery stock clerk',
    mechanism: 'he reached overhead to catch a falling case of canned goods',
    claimsAdministrator: 'Golden Poppy Mutual Insurance (demo)',
    urVendor: 'Coastline Review Services (demo)',
    urReviewer: 'physician advisor, Board Certified in Orthopaedic Surgery',
    adjuster: 'Nadia Claimsworth',
    primaryDiagnosis: 'M75.121 Complete rotator cuff tear of right shoulder, not specified as traumatic',
    requestingPhysician: 'Ptolemy Vantablack, MD',
    physicianSpecialty: 'Orthopaedic Surgery',
    clinic: 'Eastbay Orthopaedic Group (demo)',
    region: 'shoulder',
    bodyParts: ['shoulder'],
    diagnoses: ['Right shoulder full-thickness supraspinatus tear', 'Right shoulder impingement syndrome'],
    medications: ['Naproxen 500 mg twice daily'],
    items: [
      {
        requestedTreatment: 'Right shoulder arthroscopic rotator cuff repair with subacromial decompression',
        urDecision: 'denied',
        caGuideline: decisionBasedOn(
          `${CITE.shoulder}, Rotator cuff repair`,
          `${CITE.shoulder}, Subacromial decompression`,
        ),
        rationale:
          'A full-thickness tear on MRI with weakness persists after three months of therapy and an injection.',
        urReasons:
          'The submitted notes document a single subacromial injection and do not include therapy notes showing failure of a structured exercise program. Subacromial decompression is not recommended as an isolated or adjunctive procedure.',
      },
      {
        requestedTreatment: 'Postoperative physical therapy, 24 visits',
        urDecision: 'denied',
        caGuideline: decisionBasedOn(`${CITE.postsurgical} Page(s): 26-27`),
        rationale: 'Postoperative therapy is requested per the standard protocol.',
        urReasons:
          'The associated surgery is not certified. In addition, the initial postoperative course is half of the 24 visits allowed.',
      },
    ],
    records: [
      {
        title: 'MRI Right Shoulder without Contrast',
        docType: 'imaging_report',
        provider: 'Omar Lumen, MD',
        organization: 'Redwood Open MRI (demo)',
        daysBeforeUr: 95,
        paragraphs: [
          'FINDINGS: Full-thickness tear of the distal supraspinatus tendon measuring 1.4 cm anteroposterior with 1.0 cm retraction. No muscle atrophy. Infraspinatus tendinosis. Type II acromion with lateral downsloping. Mild acromioclavicular osteoarthritis. Small subacromial bursal effusion.',
          'IMPRESSION: 1. Full-thickness supraspinatus tear, minimally retracted, without atrophy. 2. Type II acromion.',
        ],
      },
    ],
  },
];

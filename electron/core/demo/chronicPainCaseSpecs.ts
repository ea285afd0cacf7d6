import { CITE, decisionBasedOn } from './decisionBasedOn';
import type { DemoCaseSpec } from './demoCaseSpec';

export const CHRONIC_PAIN_CASE_SPECS: readonly DemoCaseSpec[] = [
  {
    serial: '0047102',
    priority: 'expedited',
    dueInDays: 2,
    receivedDaysAgo: 1,
    urDaysBeforeReceived: 10,
    injuryDaysAgo: 3300,
    claimantName: 'Harold Exemplo',
    claimantAge: 61,
    claimantSex: 'male',
    occupation: 'retired utility lineman',
    mechanism: 'he fell from a utility pole platform and sustained lumbar compression fractures',
    claimsAdministrator: 'Delta Coastal Risk Services (demo)',
    urVendor: 'Delta Coastal Medical Review (demo)',
    urReviewer: 'physician advisor, Board Certified in Anesthesiology and Pain Medicine',
    adjuster: 'Marisol Papertrail',
    primaryDiagnosis: 'G89.4 Chronic pain syndrome',
    requestingPhysician: 'Beatrix Nullman, MD',
    physicianSpecialty: 'Pain Medicine',
    clinic: 'Redwood Pain and Spine (demo)',
    region: 'lowBack',
    bodyParts: ['low back', 'hip'],
    diagnoses: [
      'Chronic low back pain after L1 and L2 compression fractures',
      'Lumbar post-laminectomy syndrome',
      'Long-term opioid therapy',
    ],
    medications: [
      'Oxycodone/acetaminophen 10/325 mg four times daily',
      'Tizanidine 4 mg three times daily',
      'Docusate 100 mg twice daily',
    ],
    items: [
      {
        requestedTreatment: 'Oxycodone/acetaminophen 10/325 mg #120',
        urDecision: 'modified',
        certified: '#60 for weaning',
        caGuideline: decisionBasedOn(
          `${CITE.opioids}, Opioids for chronic pain`,
          `${CITE.opioids}, Opioid tapering`,
          CITE.formulary,
        ),
        rationale:
          'Stable dose for six years with a signed opioid agreement and consistent urine drug tests; pain falls from 9/10 to 5/10 and the patient walks 30 minutes a day. The treating physician certifies that abrupt reduction poses an imminent and serious threat of withdrawal.',
        urReasons:
          'The records do not quantify functional improvement with specific measures, and the last urine drug test is more than a year old. Continued use at this dose is not supported; #60 is certified to allow a gradual taper.',
      },
      {
        requestedTreatment: 'Tizanidine 4 mg #90',
        urDecision: 'denied',
        caGuideline: decisionBasedOn(`${CITE.chronicPain}, Muscle relaxants`),
        rationale: 'Tizanidine controls nighttime spasm.',
        urReasons:
          'Muscle relaxants are not recommended for long-term use in chronic low back pain; the medication has been used daily for years without documented benefit.',
      },
    ],
    records: [
      {
        title: 'Urine Drug Test Report',
        docType: 'other',
        provider: 'Pinnacle Toxicology Laboratory (demo)',
        organization: 'Laboratory report',
        daysBeforeUr: 420,
        paragraphs: [
          'SPECIMEN: Urine, collected in clinic.',
          'RESULTS: Oxycodone and oxymorphone detected, consistent with the prescribed medication. No illicit substances or unprescribed medications detected. Creatinine and specific gravity within normal limits.',
          'INTERPRETATION: Consistent with the reported prescription.',
        ],
      },
      {
        title: 'Opioid Treatment Agreement',
        docType: 'correspondence',
        provider: 'Beatrix Nullman, MD',
        organization: 'Redwood Pain and Spine (demo)',
        daysBeforeUr: 700,
        paragraphs: [
          'The patient agrees to obtain opioid medication from one prescriber and one pharmacy, to take it only as prescribed, to submit to random urine drug testing and pill counts, and not to share or sell medication.',
          'Goals of treatment: walk 30 minutes daily, perform light yard work, and sleep at least six hours a night. Signed by the patient and the physician.',
        ],
      },
    ],
  },
  {
    serial: '0047655',
    priority: 'standard',
    dueInDays: 25,
    receivedDaysAgo: 0,
    urDaysBeforeReceived: 23,
    injuryDaysAgo: 1100,
    claimantName: 'Bernard Synthetik',
    claimantAge: 58,
    claimantSex: 'male',
    occupation: 'city bus mechanic',
    mechanism: 'he strained his low back while removing a bus wheel assembly',
    claimsAdministrator: 'Pacific Crest Insurance Company (demo)',
    urVendor: 'Pacific Crest Medical Review (demo)',
    urReviewer: 'physician advisor, Board Certified in Family Medicine',
    adjuster: 'Lorena Deskwright',
    primaryDiagnosis: 'M54.50 Low back pain, unspecified',
    requestingPhysician: 'Alden Fictus, MD',
    physicianSpecialty: 'Physical Medicine and Rehabilitation',
    clinic: 'Harbor Spine and Rehabilitation Clinic (demo)',
    region: 'lowBack',
    bodyParts: ['low back'],
    diagnoses: ['Chronic lumbar strain', 'Lumbar facet arthropathy L4-5 and L5-S1'],
    medications: ['Compounded topical cream', 'Carisoprodol 350 mg twice daily', 'Omeprazole 20 mg daily'],
    items: [
      {
        requestedTreatment: 'Compounded topical cream: flurbiprofen 20%, baclofen 5%, lidocaine 4%, 180 g',
        urDecision: 'denied',
        caGuideline: decisionBasedOn(
          `${CITE.chronicPain}, Topical compounded medications`,
          `${CITE.odg} Pain Chapter-Compound drugs`,
        ),
        rationale: 'The cream lets the patient reduce oral anti-inflammatory use because of stomach upset.',
        urReasons:
          'Topical baclofen is not recommended, and a compounded product that contains at least one drug that is not recommended is not recommended. No trial of a single-agent topical anti-inflammatory is documented.',
      },
      {
        requestedTreatment: 'Carisoprodol 350 mg #60',
        urDecision: 'denied',
        caGuideline: decisionBasedOn(
          `${CITE.chronicPain}, Muscle relaxants`,
          `${CITE.odg} Pain Chapter-Carisoprodol (Soma)`,
        ),
        rationale: 'Carisoprodol is refilled for muscle spasm.',
        urReasons:
          'Carisoprodol is not recommended; its metabolite meprobamate carries abuse potential. Weaning was recommended in the prior review.',
      },
      {
        requestedTreatment: 'MRI lumbar spine without contrast',
        urDecision: 'denied',
        caGuideline: decisionBasedOn(`${CITE.lowBack}, MRI`),
        rationale: 'Repeat imaging is requested because pain has persisted for three years.',
        urReasons:
          'There are no red flags, no neurologic deficits and no change in symptoms, and surgery is not being considered. Repeat MRI is not supported.',
      },
    ],
    records: [
      {
        title: 'MRI Lumbar Spine without Contrast',
        docType: 'imaging_report',
        provider: 'Vera Radiant, MD',
        organization: 'Seaside Imaging Center (demo)',
        daysBeforeUr: 800,
        paragraphs: [
          'FINDINGS: Mild disc desiccation at L4-5 and L5-S1 with 2 mm bulges. Moderate facet arthropathy at L4-5 and L5-S1 without central or foraminal stenosis. No fracture or marrow abnormality.',
          'IMPRESSION: Degenerative facet arthropathy at L4-5 and L5-S1; no neural compression.',
        ],
      },
    ],
  },
];

import type { CaseRecord, DisputedItem, DocumentMeta } from '../../../../shared/domain/caseModel';
import type { CitationSnapshot } from '../../../../shared/citations/citation';
import type { Determination } from '../../../../shared/domain/determination';
import type { LetterInput } from '../../../../shared/domain/letter/buildLetterModel';
import { DEMO_REVIEWER_PROFILE } from '../../../../shared/domain/reviewerProfile';
import type { RichTextDoc, RichTextNode } from '../../../../shared/editor/richText';

/** The case behind shared/docs/sample-final-determination-letter.txt, as letter input. */
export function sampleLetterInput(): LetterInput {
  return {
    case: SAMPLE_CASE,
    items: SAMPLE_ITEMS,
    determination: sampleDetermination(),
    documents: SAMPLE_DOCUMENTS,
    profile: DEMO_REVIEWER_PROFILE,
    settings: { reviewerGuidelineLabel: 'MAXIMUS guideline', organisationName: 'MAXIMUS Federal Services' },
    decisionDate: '2014-07-01',
  };
}

function chip(catalogId: string, family: CitationSnapshot['family'], label: string): CitationSnapshot {
  return {
    catalogId,
    family,
    label,
    mtus: family.startsWith('mtus_'),
    effectiveFrom: null,
    effectiveTo: null,
    bodyParts: ['neck'],
  };
}

export const CHIPS = {
  acoemCh8: chip(
    'mtus-acoem-2004-ch8-p179-180',
    'mtus_acoem_2004',
    'MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 179-180',
  ),
  odgNeckMri: chip(
    'odg-neck-and-upper-back-mri',
    'odg',
    'Non-MTUS Citation Official Disability Guidelines (ODG) Neck and Upper Back Chapter-MRI',
  ),
  acoemCh12: chip(
    'mtus-acoem-2004-ch12-p303-304',
    'mtus_acoem_2004',
    'MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304',
  ),
  odgLowBack: chip('odg-low-back', 'odg', 'Non-MTUS Citation Official Disability Guidelines (ODG) Low Back Chapter'),
  literature: chip(
    'lit-segmental-instability',
    'literature',
    'Other Medical Treatment Guideline or Medical Evidence: Peer-reviewed literature (Segmental Lumbar Spine Instability at Flexion-Extension Radiography can be Predicted by Conventional Radiography)',
  ),
};

export const SAMPLE_CASE: CaseRecord = {
  id: 'case-sample',
  caseNumber: 'CM14-0012345',
  priority: 'standard',
  status: 'in_progress',
  receivedDate: '2014-06-20',
  dueDate: '2014-07-05',
  dateOfInjury: '2008-10-08',
  urDecisionDate: '2014-04-03',
  applicationDate: '2014-04-24',
  claimantName: 'Maren Sampleton',
  claimantAge: 59,
  claimantSex: 'female',
  claimsAdministrator: 'Golden Poppy Mutual Insurance (demo)',
  requestingPhysician: 'Alan Reyes, MD',
  physicianSpecialty: 'Orthopedic Surgery',
  bodyParts: ['neck'],
  updatedAt: '2014-06-30T10:00:00Z',
};

export const SAMPLE_ITEMS: DisputedItem[] = [
  {
    id: 'item-mri',
    caseId: 'case-sample',
    position: 0,
    requestedTreatment: 'MRI Cervical',
    urDecision: 'denied',
    caGuideline: 'Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 177-178.',
  },
  {
    id: 'item-xray',
    caseId: 'case-sample',
    position: 1,
    requestedTreatment: 'Cervical extension and flexion X-Ray',
    urDecision: 'denied',
    caGuideline:
      'The Claims Administrator did not base their decision on the MTUS. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Integrated Treatment/ Disability Duration Guidelines, Neck and Upper Back (Acute & Chronic).',
  },
];

function doc(...paragraphs: RichTextNode[][]): RichTextDoc {
  return { type: 'doc', content: paragraphs.map((content) => ({ type: 'paragraph', content })) };
}
const t = (text: string): RichTextNode => ({ type: 'text', text });
const c = (snapshot: CitationSnapshot): RichTextNode => ({ type: 'citation', attrs: { ...snapshot } });

export const SUMMARY_TEXT =
  'This is a 59-year-old female with a 10/8/08 date of injury. The mechanism of injury was not noted. According to a 6/6/14 progress note, the patient is waiting for authorization for her cervical spine surgery. She reported that she had completed a discogram with a pain management specialist. She reported that there were multiple levels of concordant pain. Objective findings: left axial tenderness and positive axial head compression test on the left. Diagnostic impression: multiple cervical spondylosis with possible instability and anterior cord compression on the cord, C5-6 disc disease was unchanged, C4-5 disc protrusion impressing on the anterior cord was unchanged, C7 right-sided lateral disc protrusion was less prominent. Treatment to date includes medication management and activity modification. A UR decision dated 4/3/14 denied the requests for repeat cervical MRI and cervical flexion and extension x-ray.';

function sampleDetermination(): Determination {
  const at = '2014-06-30T10:00:00Z';
  return {
    caseId: 'case-sample',
    summary: doc([t(SUMMARY_TEXT)]),
    revision: 7,
    locked: false,
    updatedAt: at,
    items: [
      {
        itemId: 'item-mri',
        decision: 'upheld',
        caGuideline: SAMPLE_ITEMS[0]?.caGuideline ?? '',
        updatedAt: at,
        rationale: doc([
          t('California MTUS ('),
          c(CHIPS.acoemCh8),
          t(
            ') supports imaging studies with red flag conditions; physiologic evidence of tissue insult or neurologic dysfunction. ODG (',
          ),
          c(CHIPS.odgNeckMri),
          t(
            ") agrees. According to the reports reviewed, there were no documented positive neurologic exam findings consistent with nerve compromise. There is insufficient documentation of acute changes in the patient's condition since her previous 1/15/14 MRI. Therefore, the request for MRI cervical was not medically necessary.",
          ),
        ]),
      },
      {
        itemId: 'item-xray',
        decision: 'overturned',
        caGuideline: SAMPLE_ITEMS[1]?.caGuideline ?? '',
        updatedAt: at,
        rationale: doc([
          t('California MTUS does not address this issue. ODG ('),
          c(CHIPS.odgLowBack),
          t(') states that for spinal instability, flexion/extension imaging may be a criterion prior to fusion ('),
          c(CHIPS.acoemCh12),
          t('; '),
          c(CHIPS.literature),
          t(
            '). This patient is noted to possibly be a surgical candidate. The guidelines would support flexion and extension views prior to proceeding with any type of cervical surgical intervention. Therefore, the request for cervical extension and flexion X-Ray was medically necessary.',
          ),
        ]),
      },
    ],
  };
}

function document(
  id: string,
  title: string,
  docType: DocumentMeta['docType'],
  provider: string,
  serviceDate: string | null,
  pageCount: number,
): DocumentMeta {
  return {
    id,
    caseId: 'case-sample',
    title,
    docType,
    provider,
    serviceDate,
    sha256: 'b'.repeat(64),
    pageCount,
    mimeType: 'application/pdf',
    sizeBytes: 40_000,
    reviewed: true,
    importedAt: '2014-06-20T09:00:00Z',
  };
}

export const SAMPLE_DOCUMENTS: DocumentMeta[] = [
  document('d1', 'Progress report 6/6/14', 'progress_note', 'Alan Reyes, MD', '2014-06-06', 4),
  document('d2', 'Progress report 3/27/14', 'progress_note', 'Alan Reyes, MD', '2014-03-27', 3),
  document('d3', 'UR determination', 'ur_denial', 'Coastline Review Services (demo)', '2014-04-03', 5),
  document('d4', 'MRI cervical spine', 'imaging_report', 'Bayside Imaging', '2014-01-15', 2),
  document('d5', 'MRI cervical spine', 'imaging_report', 'Bayside Imaging', '2013-10-11', 2),
  document('d6', 'IMR application', 'imr_application', 'Alan Reyes, MD', '2014-04-24', 2),
];

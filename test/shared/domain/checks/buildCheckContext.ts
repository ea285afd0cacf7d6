import type { CaseRecord, Decision, DisputedItem, DocumentMeta } from '../../../../shared/domain/caseModel';
import type { CatalogEntry, CitationSnapshot } from '../../../../shared/citations/citation';
import type { ItemDetermination } from '../../../../shared/domain/determination';
import { DEMO_REVIEWER_PROFILE } from '../../../../shared/domain/reviewerProfile';
import type { RichTextDoc, RichTextNode } from '../../../../shared/editor/richText';
import type { CheckContext } from '../../../../shared/domain/checks/checkContext';

/** Inline content: a string becomes a text node; a snapshot becomes a citation chip. */
export type Inline = string | CitationSnapshot;

function inline(part: Inline): RichTextNode {
  return typeof part === 'string' ? { type: 'text', text: part } : { type: 'citation', attrs: { ...part } };
}

/** A document of paragraphs; each paragraph is a string or a list of inline parts. */
export function richDoc(...paragraphs: ReadonlyArray<Inline | readonly Inline[]>): RichTextDoc {
  return {
    type: 'doc',
    content: paragraphs.map((p) => {
      const parts = Array.isArray(p) ? (p as readonly Inline[]) : [p as Inline];
      const content = parts.filter((x) => x !== '').map(inline);
      return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
    }),
  };
}

export function catalogEntry(overrides: Partial<CatalogEntry> & Pick<CatalogEntry, 'id' | 'family'>): CatalogEntry {
  return {
    guideline: 'Guideline',
    chapterNo: null,
    chapterTitle: null,
    topic: null,
    pages: null,
    bodyParts: [],
    effectiveFrom: null,
    effectiveTo: null,
    regSection: null,
    verified: true,
    ...overrides,
  };
}

export function snapshotOf(entry: CatalogEntry, label?: string): CitationSnapshot {
  const mtus = entry.family.startsWith('mtus_');
  return {
    catalogId: entry.id,
    family: entry.family,
    label:
      label ??
      `${mtus ? 'MTUS' : 'Non-MTUS Citation'} ${entry.guideline}${entry.topic === null ? '' : ` ${entry.topic}`}`,
    mtus,
    effectiveFrom: entry.effectiveFrom,
    effectiveTo: entry.effectiveTo,
    bodyParts: [...entry.bodyParts],
  };
}

export const MTUS_LOW_BACK = catalogEntry({
  id: 'mtus-acoem-low-back-2016',
  family: 'mtus_acoem_2017',
  guideline: 'ACOEM Low Back Disorders Guideline',
  topic: 'Special studies: MRI',
  bodyParts: ['low back'],
  effectiveFrom: '2017-12-01',
  effectiveTo: '2019-08-10',
});
export const MTUS_LOW_BACK_2004 = catalogEntry({
  id: 'mtus-acoem-ch12',
  family: 'mtus_acoem_2004',
  guideline: 'ACOEM Chapter 12 Low Back Complaints',
  chapterTitle: 'Low Back Complaints',
  pages: '303-304',
  bodyParts: ['Lumbar spine'],
  effectiveFrom: '2009-07-18',
  effectiveTo: '2017-11-30',
});
export const MTUS_LOW_BACK_2019 = catalogEntry({
  id: 'mtus-acoem-low-back-2019',
  family: 'mtus_acoem_2017',
  guideline: 'ACOEM Low Back Disorders Guideline (2019)',
  bodyParts: ['low back'],
  effectiveFrom: '2019-08-11',
  effectiveTo: null,
});
export const MTUS_CPMTG_PT = catalogEntry({
  id: 'mtus-cpmtg-physical-medicine',
  family: 'mtus_cpmtg',
  guideline: 'Chronic Pain Medical Treatment Guidelines',
  topic: 'Physical medicine',
  pages: '98-99',
  bodyParts: [],
  effectiveFrom: '2009-07-18',
  effectiveTo: '2017-11-30',
});
export const MTUS_KNEE = catalogEntry({
  id: 'mtus-acoem-knee',
  family: 'mtus_acoem_2017',
  guideline: 'ACOEM Knee Disorders Guideline',
  bodyParts: ['knee'],
  effectiveFrom: '2017-12-01',
  effectiveTo: null,
});
export const ODG_LOW_BACK_MRI = catalogEntry({
  id: 'odg-low-back-mri',
  family: 'odg',
  guideline: 'Official Disability Guidelines (ODG)',
  topic: 'Low Back Chapter-MRIs',
  bodyParts: ['low back'],
});
export const ODG_SHOULDER = catalogEntry({
  id: 'odg-shoulder-mri',
  family: 'odg',
  guideline: 'Official Disability Guidelines (ODG)',
  topic: 'Shoulder Chapter-MRI',
  bodyParts: ['shoulder'],
});
export const LITERATURE = catalogEntry({
  id: 'lit-flexion-extension',
  family: 'literature',
  guideline: 'Segmental lumbar spine instability at flexion-extension radiography',
  year: 2005,
});

export const TEST_CATALOG: readonly CatalogEntry[] = [
  MTUS_LOW_BACK,
  MTUS_LOW_BACK_2004,
  MTUS_LOW_BACK_2019,
  MTUS_CPMTG_PT,
  MTUS_KNEE,
  ODG_LOW_BACK_MRI,
  ODG_SHOULDER,
  LITERATURE,
];

export function caseRecord(overrides: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id: 'case-1',
    caseNumber: 'CM19-0123456',
    priority: 'standard',
    status: 'in_progress',
    receivedDate: '2019-07-01',
    dueDate: '2019-07-31',
    dateOfInjury: '2016-03-14',
    urDecisionDate: '2019-06-15',
    applicationDate: '2019-06-28',
    claimantName: 'Maria Lopez',
    claimantAge: 52,
    claimantSex: 'female',
    claimsAdministrator: 'Acme Casualty',
    requestingPhysician: 'Robert Chen, MD',
    physicianSpecialty: 'Orthopedic Surgery',
    bodyParts: ['Lumbar spine'],
    updatedAt: '2019-07-02T10:00:00Z',
    ...overrides,
  };
}

export function disputedItem(id: string, requestedTreatment: string, position: number): DisputedItem {
  return {
    id,
    caseId: 'case-1',
    position,
    requestedTreatment,
    urDecision: 'denied',
    caGuideline: 'Decision based on MTUS ACOEM Low Back Disorders Guideline.',
  };
}

export function itemDetermination(
  itemId: string,
  decision: Decision,
  rationale: RichTextDoc,
  caGuideline = 'Decision based on MTUS ACOEM Low Back Disorders Guideline.',
): ItemDetermination {
  return { itemId, decision, caGuideline, rationale, updatedAt: '2019-07-02T10:00:00Z' };
}

export function documentMeta(id: string, title: string, reviewed = true): DocumentMeta {
  return {
    id,
    caseId: 'case-1',
    title,
    docType: 'progress_note',
    provider: 'Robert Chen, MD',
    serviceDate: '2019-05-02',
    sha256: 'a'.repeat(64),
    pageCount: 4,
    mimeType: 'application/pdf',
    sizeBytes: 12_000,
    reviewed,
    importedAt: '2019-07-01T09:00:00Z',
  };
}

export const GOOD_SUMMARY = [
  'This is a 52-year-old female with a 3/14/16 date of injury, when she lifted a box of files at work and felt low back pain radiating to the left leg.',
  'According to the 5/2/19 progress note, she reports constant low back pain rated 6/10, worse with sitting, and intermittent numbness of the left foot.',
  'Examination showed lumbar paraspinal tenderness, a positive straight leg raise on the left, and normal strength and reflexes.',
  'A lumbar MRI of 8/10/18 showed an L5-S1 disc bulge without nerve root compression.',
  'Treatment to date includes medication management, eight sessions of physical therapy with partial improvement, and a home exercise program.',
].join(' ');

export const UR_DENIAL_TEXT = [
  'UTILIZATION REVIEW DETERMINATION. Acme Casualty. Date of decision 6/15/2019.',
  'Clinical summary: The claimant is a 52 year old woman injured on 3/14/2016 while lifting.',
  'She continues to complain of low back pain and requests repeat imaging.',
  'Physical examination on 5/2/2019 documented tenderness and a positive straight leg raise on the left.',
  'Prior MRI of the lumbar spine was performed in August 2018.',
  'Rationale: Guidelines support imaging when there are unequivocal objective findings that identify specific nerve compromise on the neurologic examination.',
  'There is no documentation of a significant change in symptoms or findings since the prior MRI.',
  'Therefore the request for a repeat lumbar MRI is non-certified.',
  'Physical therapy: guidelines allow a fading of treatment frequency plus active self-directed home physical medicine.',
  'The claimant has completed prior sessions without documented objective functional improvement.',
  'Therefore the request for six additional sessions of physical therapy is non-certified.',
].join(' ');

export function upheldMriRationale(): RichTextDoc {
  return richDoc(
    [
      'The MTUS ',
      snapshotOf(MTUS_LOW_BACK),
      ' recommends MRI when there are unequivocal objective findings of specific nerve compromise.',
    ],
    'The 5/2/19 examination shows normal strength and reflexes, and nothing has changed since the 8/10/18 MRI.',
    'Therefore, the request for a repeat lumbar MRI is not medically necessary.',
  );
}

export function overturnedTherapyRationale(): RichTextDoc {
  return richDoc(
    [
      'The MTUS ',
      snapshotOf(MTUS_LOW_BACK),
      ' recommends a time-limited course of physical therapy with a transition to home exercise.',
    ],
    'The records document improved sitting tolerance and a return to modified duty after the first sessions, which is functional improvement.',
    'Therefore, the request for six sessions of physical therapy is medically necessary.',
  );
}

/** The demo reviewer's name with the reviewer's own ID, email and license: a profile signing accepts. */
export const OWN_PROFILE = {
  ...DEMO_REVIEWER_PROFILE,
  reviewerId: 'RVW-0042',
  email: 'dana.whitfield@imro-reviewers.net',
  licenseNumber: 'G765432',
};

/** A context that passes every check; override parts to make one rule fire. */
export function buildCheckContext(overrides: Partial<CheckContext> = {}): CheckContext {
  const items = [
    disputedItem('item-mri', 'Repeat MRI of the lumbar spine', 0),
    disputedItem('item-pt', 'Physical therapy, 6 sessions', 1),
  ];
  return {
    caseRecord: caseRecord(),
    items,
    determination: {
      caseId: 'case-1',
      summary: richDoc(GOOD_SUMMARY),
      items: [
        itemDetermination('item-mri', 'upheld', upheldMriRationale()),
        itemDetermination('item-pt', 'overturned', overturnedTherapyRationale()),
      ],
      revision: 3,
      locked: false,
      updatedAt: '2019-07-02T10:00:00Z',
    },
    documents: [
      documentMeta('doc-ur', 'UR determination 6/15/19'),
      documentMeta('doc-pn', 'Progress note, Dr. Chen 5/2/19'),
      documentMeta('doc-mri', 'MRI lumbar spine 8/10/18'),
    ],
    urDenialText: UR_DENIAL_TEXT,
    profile: OWN_PROFILE,
    catalog: TEST_CATALOG,
    ...overrides,
  };
}

/** The same context with one item's determination replaced. */
export function withItem(ctx: CheckContext, det: ItemDetermination): CheckContext {
  return {
    ...ctx,
    determination: {
      ...ctx.determination,
      items: ctx.determination.items.map((d) => (d.itemId === det.itemId ? det : d)),
    },
  };
}

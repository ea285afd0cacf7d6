import { loadCatalog } from '../../shared/citations/catalog/loadCatalog';
import type { DisputedItem, DocumentMeta } from '../../shared/domain/caseModel';
import { toCitationSnapshot } from '../../shared/citations/format/toCitationSnapshot';
import type { RichTextDoc, RichTextNode } from '../../shared/editor/richText';
import { createTestWorkspace, type TestWorkspace, type TestWorkspaceOptions } from './createTestWorkspace';
import { waitForJob } from '../electron/records/support/importFiles';

export const SAMPLE_CASE_NUMBER = 'CM14-0012345';

export interface SampleCase {
  t: TestWorkspace;
  caseId: string;
  mri: DisputedItem;
  xray: DisputedItem;
  documents: DocumentMeta[];
}

/** A real encrypted demo workspace opened on the sample letter's case (CM14-0012345). */
export async function openSampleCase(options: TestWorkspaceOptions = {}): Promise<SampleCase> {
  const t = await createTestWorkspace({ ...options, seedDemo: true });
  const found = (await t.call('cases.list', { query: SAMPLE_CASE_NUMBER })).find(
    (c) => c.caseNumber === SAMPLE_CASE_NUMBER,
  );
  if (!found) throw new Error('The demo workspace has no sample case');
  const detail = await t.call('cases.get', { caseId: found.id });
  const [mri, xray] = detail.items;
  if (!mri || !xray) throw new Error('The sample case has two disputed items');
  return { t, caseId: found.id, mri, xray, documents: detail.documents };
}

/** Extracts the page text of the case's records, so the UR letter's text is in record_pages. */
export async function indexRecords(s: SampleCase): Promise<void> {
  await waitForJob(s.t, (await s.t.call('records.rebuildIndex', { caseId: s.caseId })).jobId, 120_000);
}

const catalog = loadCatalog();
function cite(id: string): RichTextNode {
  const entry = catalog.find((e) => e.id === id);
  if (!entry) throw new Error(`No catalog entry ${id}`);
  return { type: 'citation', attrs: { ...toCitationSnapshot(entry) } };
}

const text = (value: string): RichTextNode => ({ type: 'text', text: value });
export const paragraphs = (...parts: RichTextNode[][]): RichTextDoc => ({
  type: 'doc',
  content: parts.map((content) => ({ type: 'paragraph', content })),
});

export const SUMMARY = paragraphs([
  text(
    'This 59-year-old woman injured her neck at work on 10/8/08. Her 6/6/14 progress note describes neck pain while she waits for cervical surgery, after a discogram showed concordant pain at several levels. ' +
      'On examination there is left-sided tenderness along the neck and a positive head compression test on the left; strength, sensation and reflexes are normal. ' +
      'Nerve studies of the arms showed a mild left C6 radiculopathy. Cervical MRIs of 10/11/13, 1/15/14 and 4/21/14 show disc disease at C4-5 and C5-6 with possible instability. ' +
      'She has been treated with medication and activity modification.',
  ),
]);

export const MRI_UPHELD = paragraphs(
  [
    text('The MTUS '),
    cite('mtus-acoem-2004-ch8-p177-178'),
    text(' supports imaging of the neck when there are red flags or clear neurologic findings, or to plan surgery.'),
  ],
  [
    text(
      'She had cervical MRIs on 10/11/13 and 1/15/14 and again on 4/21/14, and nothing has changed in her condition since.',
    ),
  ],
  [text('Therefore, the request for MRI cervical is not medically necessary.')],
);

export const XRAY_OVERTURNED = paragraphs(
  [
    text('The MTUS '),
    cite('mtus-acoem-2004-ch8-p179-180'),
    text(' allows flexion and extension views when instability is suspected and surgery is being considered.'),
  ],
  [text('Her surgeon is concerned about instability and cord compression and is planning cervical surgery.')],
  [text('Therefore, the request for cervical extension and flexion X-Ray is medically necessary.')],
);

/** The reviewer's own profile: signing refuses the demo reviewer's. */
export const OWN_PROFILE = {
  reviewerId: 'RVW-0042',
  name: 'Quillon Marchetti, MD',
  email: 'q.marchetti@imro-reviewers.net',
  licenseNumber: 'G765432',
  boardCertification: 'Occupational Medicine',
  specialty: 'Occupational Medicine',
  yearsInPractice: 14,
  hoursPerWeek: 32,
};

/**
 * Saves the reviewer's own profile, decides both items with cited rationales that conclude correctly, writes the
 * summary and marks every document reviewed.
 */
export async function completeDetermination(
  s: Pick<SampleCase, 'caseId' | 'mri' | 'xray' | 'documents'> & { t: Pick<TestWorkspace, 'call'> },
): Promise<void> {
  await s.t.call('profile.save', { profile: OWN_PROFILE });
  await s.t.call('determinations.saveSummary', { caseId: s.caseId, summary: SUMMARY });
  await s.t.call('determinations.saveItem', {
    caseId: s.caseId,
    itemId: s.mri.id,
    decision: 'upheld',
    rationale: MRI_UPHELD,
  });
  await s.t.call('determinations.saveItem', {
    caseId: s.caseId,
    itemId: s.xray.id,
    decision: 'overturned',
    rationale: XRAY_OVERTURNED,
  });
  for (const doc of s.documents) await s.t.call('documents.setReviewed', { documentId: doc.id, reviewed: true });
}

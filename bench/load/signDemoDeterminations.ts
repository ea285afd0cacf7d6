import type { Invoke } from '../../electron/core/api';
import { isMtusFamily, loadCatalog, toCitationSnapshot, type CatalogEntry } from '../../shared/citations';
import { isInForceOn } from '../../shared/domain/checks/rules/isInForceOn';
import { mtusEntriesForBodyParts } from '../../shared/domain/checks/rules/mtusEntriesForBodyParts';
import type { RichTextDoc, RichTextNode } from '../../shared/editor/richText';
import { createSeededRandom } from '../../shared/random';

const catalog = loadCatalog();
const text = (value: string): RichTextNode => ({ type: 'text', text: value });
const doc = (...paragraphs: RichTextNode[][]): RichTextDoc => ({
  type: 'doc',
  content: paragraphs.map((content) => ({ type: 'paragraph', content })),
});

/** An MTUS entry in force on the UR date for the case's body parts, else any MTUS entry in force then. */
function mtusFor(bodyParts: readonly string[], urDate: string): CatalogEntry {
  const covering = mtusEntriesForBodyParts(catalog, bodyParts, urDate);
  const entry =
    covering[0] ?? catalog.find((e) => isMtusFamily(e.family) && isInForceOn(e.effectiveFrom, e.effectiveTo, urDate));
  if (!entry) throw new Error(`No MTUS entry in force on ${urDate}`);
  return entry;
}

const LOAD_REVIEWER = {
  reviewerId: 'RVW-7310',
  name: 'Dana Loadwell, MD',
  email: 'load.reviewer@imro-reviewers.net',
  licenseNumber: 'A731000',
  boardCertification: 'Internal Medicine',
  specialty: 'Internal Medicine',
  yearsInPractice: 20,
  hoursPerWeek: 30,
};

/**
 * Writes a determination for each case (own summary, every item decided with an MTUS citation and a matching
 * conclusion), acknowledges any warning, and signs it through the real registrar: letter rendered, PAdES-signed,
 * package written and queued. Returns how many were signed.
 */
export async function signDemoDeterminations(
  invoke: Invoke,
  caseIds: readonly string[],
  passphrase: string,
  onProgress: (done: number) => void = () => {},
): Promise<number> {
  const rng = createSeededRandom(2000);
  // Signing refuses the demo reviewer's details: the load workspace signs as a reviewer of its own.
  await invoke('profile.save', { profile: LOAD_REVIEWER });
  let signed = 0;
  for (const caseId of caseIds) {
    const { case: c, items } = await invoke('cases.get', { caseId });
    const citation: RichTextNode = {
      type: 'citation',
      attrs: { ...toCitationSnapshot(mtusFor(c.bodyParts, c.urDecisionDate)) },
    };
    await invoke('determinations.saveSummary', {
      caseId,
      summary: doc([
        text(
          `This ${c.claimantAge}-year-old injured worker was hurt at work on ${c.dateOfInjury}. The treating notes describe ongoing pain in the ${c.bodyParts.join(' and ') || 'affected region'} despite medication, therapy and modified duty, with examination findings recorded at each visit and a request for further treatment by ${c.requestingPhysician}.`,
        ),
      ]),
    });
    for (const item of items) {
      const upheld = rng.chance(0.6);
      await invoke('determinations.saveItem', {
        caseId,
        itemId: item.id,
        decision: upheld ? 'upheld' : 'overturned',
        rationale: doc(
          [text('The MTUS '), citation, text(' addresses this request for the condition the records describe.')],
          [
            text(
              upheld
                ? 'The records do not show the findings the guideline asks for.'
                : 'The records show the findings the guideline asks for.',
            ),
          ],
          [
            text(
              `Therefore, the request for ${item.requestedTreatment} is ${upheld ? 'not ' : ''}medically necessary.`,
            ),
          ],
        ),
      });
    }
    const run = await invoke('checks.run', { caseId });
    for (const finding of run.findings)
      if (finding.severity === 'warning')
        await invoke('checks.acknowledge', { caseId, key: finding.key, acknowledged: true });
    await invoke('determinations.sign', { caseId, passphrase });
    onProgress(++signed);
  }
  return signed;
}

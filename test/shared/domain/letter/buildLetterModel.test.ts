import { describe, expect, it } from 'vitest';
import { buildLetterModel } from '../../../../shared/domain/letter/buildLetterModel';
import { letterToPlainText } from '../../../../shared/domain/letter/letterToPlainText';
import { sampleLetterInput, SUMMARY_TEXT } from './sampleLetterInput';

const SAMPLE_QUALIFICATIONS =
  'MAXIMUS Federal Services sent the complete case file to an expert reviewer. He/she has no affiliation with the employer, employee, providers or the claims administrator. The expert reviewer is Board Certified in Occupational Medicine and is licensed to practice in California. He/she has been in active clinical practice for more than five years and is currently working at least 24 hours a week in active practice. The expert reviewer was selected based on his/her clinical experience, education, background, and expertise in the same or similar specialties that evaluate and/or treat the medical condition and disputed items/services. He/she is familiar with governing laws and regulations, including the strength of evidence hierarchy that applies to Independent Medical Review determinations.';

function indexesIn(text: string, needles: readonly string[]): number[] {
  let from = 0;
  return needles.map((needle) => {
    const at = text.indexOf(needle, from);
    if (at >= 0) from = at + needle.length;
    return at;
  });
}

describe('buildLetterModel', () => {
  it('prints the sample letter sections, intros and item lines in order when given the sample case', () => {
    const text = letterToPlainText(buildLetterModel(sampleLetterInput()));
    const expected = [
      'IMR Case Number: CM14-0012345',
      'Priority: Standard',
      'Application Received: 04/24/2014',
      'UR Denial Date: 04/03/2014',
      'Decision Date: 07/01/2014',
      'Date of Injury: 10/08/2008',
      'Treatment(s) in Dispute: MRI Cervical; Cervical extension and flexion X-Ray',
      'HOW THE IMR FINAL DETERMINATION WAS MADE',
      SAMPLE_QUALIFICATIONS,
      'CLINICAL CASE SUMMARY',
      'The expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:',
      SUMMARY_TEXT,
      'IMR ISSUES, DECISIONS AND RATIONALES',
      'The Final Determination was based on decisions for the disputed items/services set forth below:',
      'MRI Cervical:  Upheld',
      'Claims Administrator guideline: Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 177-178.',
      'MAXIMUS guideline: Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 179-180. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Neck and Upper Back Chapter-MRI.',
      'Decision rationale: California MTUS supports imaging studies with red flag conditions; physiologic evidence of tissue insult or neurologic dysfunction. ODG agrees.',
      'Therefore, the request for MRI cervical was not medically necessary.',
      'Cervical extension and flexion X-Ray:  Overturned',
      'Claims Administrator guideline: The Claims Administrator did not base their decision on the MTUS.',
      'MAXIMUS guideline: Decision based on MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Low Back ChapterOther Medical Treatment Guideline or Medical Evidence: Peer-reviewed literature (Segmental Lumbar Spine Instability at Flexion-Extension Radiography can be Predicted by Conventional Radiography).',
      'Decision rationale: California MTUS does not address this issue. ODG states that for spinal instability, flexion/extension imaging may be a criterion prior to fusion. This patient',
      'Therefore, the request for cervical extension and flexion X-Ray was medically necessary.',
      'DOCUMENTS REVIEWED',
    ];
    expect(indexesIn(text, expected).every((i) => i >= 0)).toBe(true);
  });

  it('never prints the reviewer name, email or license number when the profile carries them', () => {
    const input = sampleLetterInput();
    const model = buildLetterModel(input);
    const text = `${letterToPlainText(model)}\n${model.title}`;
    for (const secret of [input.profile.name, input.profile.email, input.profile.licenseNumber, 'Whitfield'])
      expect(text).not.toContain(secret);
  });

  it('names the specialty and states exact years when the specialty differs and practice is short', () => {
    const input = { ...sampleLetterInput() };
    input.profile = {
      ...input.profile,
      boardCertification: 'Anesthesiology',
      specialty: 'Pain Medicine',
      yearsInPractice: 4,
      hoursPerWeek: 20,
    };
    const text = letterToPlainText(buildLetterModel(input));
    expect(text).toContain(
      'Board Certified in Anesthesiology, practices Pain Medicine, and is licensed to practice in California.',
    );
    expect(text).toContain('for four years and is currently working 20 hours a week in active practice.');
  });

  it('lists items by position and says so when an item has no decision yet', () => {
    const input = sampleLetterInput();
    input.items = [...input.items].reverse().map((item, i) => ({ ...item, position: 1 - i }));
    input.determination = {
      ...input.determination,
      items: input.determination.items.filter((d) => d.itemId !== 'item-xray'),
    };
    const text = letterToPlainText(buildLetterModel(input));
    expect(text.indexOf('MRI Cervical:  Upheld')).toBeLessThan(
      text.indexOf('Cervical extension and flexion X-Ray:  Not yet decided'),
    );
    expect(text).toContain(
      'Claims Administrator guideline: The Claims Administrator did not base their decision on the MTUS.',
    );
  });

  it('titles the PDF with the case number and carries the decision date when built', () => {
    const model = buildLetterModel(sampleLetterInput());
    expect(model.title).toBe('IMR Final Determination CM14-0012345');
    expect(model.decisionDate).toBe('2014-07-01');
    expect(model.caseNumber).toBe('CM14-0012345');
  });

  it('lists the documents reviewed by provider and type when the file has documents', () => {
    const text = letterToPlainText(buildLetterModel(sampleLetterInput()));
    const section = text.slice(text.indexOf('DOCUMENTS REVIEWED'));
    expect(section).toContain('\u2022 Alan Reyes, MD: Progress notes, 03/27/2014 to 06/06/2014 (2 documents, 7 pages)');
    expect(section).toContain(
      '\u2022 Bayside Imaging: Imaging reports, 10/11/2013 to 01/15/2014 (2 documents, 4 pages)',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeConclusion } from '../../../../shared/domain/checks/text/analyzeConclusion';

const BODY =
  'The MTUS recommends imaging only with red flags or objective nerve compromise. The records show no new neurologic deficit.';

const NOT_NECESSARY = [
  'Therefore, the request for MRI cervical was not medically necessary.',
  'Therefore, the request for a lumbar MRI is not medically necessary.',
  'The request is not medically necessary and appropriate.',
  'The requested physical therapy is not medically reasonable and necessary.',
  'Therefore, the request cannot be considered medically necessary.',
  "Therefore, the request can't be considered medically necessary at this time.",
  "The request isn't medically necessary.",
  'The request does not appear to be medically necessary.',
  'The request would not be medically necessary.',
  'The request is not, at this time, medically necessary.',
  'The request is not in my opinion medically necessary.',
  'The request has not been shown to be medically necessary.',
  'I do not find the request medically necessary.',
  'I cannot consider this treatment medically necessary.',
  'The request is neither reasonable nor medically necessary.',
  'The medical necessity of the request is not supported by the records.',
  'The request is no longer medically necessary.',
  'The requested treatment is medically unnecessary.',
  'The request is medically not necessary.',
  'Therefore, the request is not supported.',
  'Therefore, the request is not recommended.',
  'Therefore, the guidelines do not support this request.',
  'As such, continued use is not warranted.',
  'The request is non-certified.',
  'The request is noncertified.',
  'The request is not certified.',
  'The request is recommended for non-certification.',
  'Certification of the request is not recommended.',
  'Therefore, the UR decision is upheld.',
  'Therefore, the prior utilization review non-certification is upheld.',
  'Medical necessity has not been established.',
  'Medical necessity for the requested MRI has not been established.',
  'The records do not establish medical necessity.',
  'There is no medical necessity for this request.',
  'Therefore, given the lack of functional improvement, the request for six more sessions is not medically necessary.',
  'Although guidelines support MRI in some cases, the request is not medically necessary.',
  'Therefore, the request is not medically necessary, although a future request may be reconsidered.',
  'Therefore, the request is not medically necessary because no red flags are documented.',
  'THEREFORE, THE REQUEST IS NOT MEDICALLY NECESSARY.',
  'Therefore, the request is not medically necessary — the findings are unchanged.',
];

const NECESSARY = [
  'Therefore, the request for cervical extension and flexion X-Ray was medically necessary.',
  'Therefore, the request for six sessions of physical therapy is medically necessary.',
  'The request is medically necessary and appropriate.',
  'The requested physical therapy is medically reasonable and necessary.',
  'The request is medically indicated.',
  'I find the request medically necessary.',
  'No red flags exist and the request is medically necessary.',
  'Not surprisingly, the request is medically necessary.',
  'Without surgery, the treatment is medically necessary.',
  'Therefore, the request is supported.',
  'Therefore, the request is recommended.',
  'Therefore, guidelines support the request.',
  'The request is certified.',
  'The request is recommended for certification.',
  'Therefore, the UR denial is overturned.',
  'The prior non-certification is reversed.',
  'Medical necessity has been established.',
  'Medical necessity for the requested MRI has been established.',
  'The records establish medical necessity.',
  'The request is not only medically necessary but overdue.',
  'Given no red flags, continued therapy is medically necessary.',
  'The patient has not improved, so the surgery is medically necessary.',
  'Contrary to the UR decision, the request is medically necessary.',
  'The request, contrary to the UR decision, is medically necessary.',
  'Therefore, contrary to the UR determination, the request is medically necessary.',
  'The request is medically necessary, although the prior course was not medically necessary.',
  'Although the UR found it not medically necessary, the request is medically necessary.',
  'There is no evidence of misuse, and the request is medically necessary.',
  'The request is not medically unnecessary.',
  'Therefore the request is medically necessary (no red flags were found).',
];

describe('analyzeConclusion', () => {
  it.each(NOT_NECESSARY)('concludes not medically necessary when the rationale ends "%s"', (closing) => {
    expect(analyzeConclusion(`${BODY} ${closing}`)).toMatchObject({ verdict: 'not_necessary', sentence: closing });
  });

  it.each(NECESSARY)('concludes medically necessary when the rationale ends "%s"', (closing) => {
    expect(analyzeConclusion(`${BODY} ${closing}`)).toMatchObject({ verdict: 'necessary', sentence: closing });
  });

  it('reports missing when no sentence states a conclusion', () => {
    expect(analyzeConclusion(BODY)).toMatchObject({ verdict: 'missing', sentence: null });
    expect(analyzeConclusion('')).toMatchObject({ verdict: 'missing', sentence: null });
  });

  it('reports missing when the only conclusion-like sentence reports what UR decided', () => {
    expect(analyzeConclusion(`${BODY} The UR reviewer found the request not medically necessary.`).verdict).toBe(
      'missing',
    );
    expect(analyzeConclusion(`${BODY} Utilization review non-certified the request on 6/15/19.`).verdict).toBe(
      'missing',
    );
  });

  it('finds the conclusion when it stands before several later sentences', () => {
    const text = `The request is not medically necessary. ${BODY} The patient works full duty. She uses ibuprofen.`;
    expect(analyzeConclusion(text)).toMatchObject({
      verdict: 'not_necessary',
      sentence: 'The request is not medically necessary.',
    });
  });

  it('uses the last concluding sentence when a closing remark follows it', () => {
    const text = `${BODY} Therefore, the request is medically necessary. Reassessment after the course is advised.`;
    expect(analyzeConclusion(text)).toMatchObject({
      verdict: 'necessary',
      sentence: 'Therefore, the request is medically necessary.',
    });
  });

  it('prefers the closing statement over an earlier opposite one', () => {
    const text = `An earlier course was not medically necessary. ${BODY} Therefore, the current request is medically necessary.`;
    expect(analyzeConclusion(text).verdict).toBe('necessary');
  });

  it('ignores weak words such as "recommended" outside a conclusory sentence', () => {
    expect(analyzeConclusion('Guidelines recommend imaging with red flags. Red flags are absent.').verdict).toBe(
      'missing',
    );
  });

  it('reports ambiguous when the closing sentence states both conclusions', () => {
    const closing = 'The MRI is medically necessary, but the x-ray is not medically necessary.';
    expect(analyzeConclusion(`${BODY} ${closing}`)).toMatchObject({ verdict: 'ambiguous', sentence: closing });
  });

  it('does not split sentences at abbreviations, initials or decimals', () => {
    const text =
      'Dr. R. Chen notes e.g. a 2.5 cm mass per the U.S. guideline vs. prior notes. Therefore, the request is medically necessary.';
    expect(analyzeConclusion(text).sentence).toBe('Therefore, the request is medically necessary.');
  });

  it('reads the conclusion from the last paragraph when sentences lack final punctuation', () => {
    expect(analyzeConclusion(`${BODY}\n\nTherefore, the request is not medically necessary`).verdict).toBe(
      'not_necessary',
    );
  });

  it('finds the closing sentence at the end of a very long rationale', () => {
    const long = Array.from({ length: 200 }, () => BODY).join(' ');
    expect(analyzeConclusion(`${long} Therefore, the request is not medically necessary.`).verdict).toBe(
      'not_necessary',
    );
    expect(analyzeConclusion(`The request is medically necessary. ${long}`).verdict).toBe('necessary');
  });

  it('does not read "board certified" as a conclusion', () => {
    expect(analyzeConclusion('The treating surgeon is board certified.').verdict).toBe('missing');
  });
});

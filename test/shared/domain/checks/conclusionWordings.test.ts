import { describe, expect, it } from 'vitest';
import { severityOf } from '../../../../shared/domain/checks/checkCatalog';
import { runPreSignChecks } from '../../../../shared/domain/checks/runPreSignChecks';
import { analyzeConclusion } from '../../../../shared/domain/checks/text/analyzeConclusion';
import { labelledCheckCases, MEASURED_CODES } from '../../../support/labelledChecks/labelledCheckCases';
import { scoreChecks } from '../../../support/labelledChecks/scoreChecks';

const N = 'not_necessary';
const P = 'necessary';
const M = 'missing';
/** Closing sentences in wordings the labelled-set templates do not use: [sentence, conclusion, item]. */
const WORDINGS: Array<[string, string, string]> = [
  [
    'Therefore, the request for Norco 10/325mg #120 is not medically necessary and appropriate.',
    N,
    'Norco 10/325mg #120',
  ],
  ['As such, the medical necessity of the requested TENS unit has not been substantiated.', N, 'TENS unit'],
  [
    'Consequently, the request for 12 sessions of physical therapy is not supported by the guidelines and is not medically necessary.',
    N,
    'Physical therapy x12',
  ],
  ['Based on the above, the requested lumbar MRI is not supported.', N, 'MRI lumbar spine'],
  ['The request for Ultram is therefore not medically necessary.', N, 'Ultram 50mg #60'],
  ['The requested compound cream is therefore deemed not medically necessary.', N, 'Compound cream'],
  ['Given the absence of documented functional improvement, continued use of Norco is not supported.', N, 'Norco'],
  [
    'Thus, the request for EMG/NCV of the bilateral lower extremities is medically necessary and appropriate.',
    P,
    'EMG/NCV BLE',
  ],
  ['This request is therefore medically necessary.', P, 'X'],
  ['There is sufficient documentation to support the request; therefore, it is medically necessary.', P, 'X'],
  ['The guideline criteria have therefore been satisfied and the request is certified.', P, 'X'],
  ['The request for an H-wave unit cannot be supported at this time.', N, 'H-wave unit'],
  ['Due to the lack of documentation of objective functional benefit, the request is not medically necessary.', N, 'X'],
  ['The request does not satisfy guideline recommendations and is not medically necessary.', N, 'X'],
  ['There is no indication for repeat imaging; the request is not medically necessary.', N, 'X'],
  ['The medical necessity for the requested cervical ESI has been established.', P, 'Cervical ESI'],
  [
    'A trial of 6 sessions would be reasonable; however, the request for 12 sessions exceeds guideline recommendations and is not medically necessary.',
    N,
    'Physical therapy, 12 sessions',
  ],
  ['Modification is not permitted in IMR; therefore the request as submitted is not medically necessary.', N, 'X'],
  ['The patient does not meet the criteria for a functional restoration program.', N, 'Functional restoration program'],
  [
    'The patient meets the ODG criteria for a lumbar fusion; therefore the request is medically necessary.',
    P,
    'Lumbar fusion',
  ],
  ['In light of the documented radiculopathy, the request is supported.', P, 'X'],
  ['I am unable to find that the request is medically necessary.', N, 'X'],
  ["The UR physician's non-certification of this request was appropriate and is upheld.", N, 'X'],
  ['The utilization review decision to deny the request is reversed.', P, 'X'],
  ['The previous denial was not correct, and the request is medically necessary.', P, 'X'],
  [
    'While the requesting physician argues that the compound is effective, topical compounds containing gabapentin are not recommended, and the request is not medically necessary.',
    N,
    'Compound',
  ],
  [
    "The treating physician's request for continued acupuncture is not supported because there is no functional improvement.",
    N,
    'Acupuncture x6',
  ],
  ['The request for Soma is not medically necessary; weaning is advised.', N, 'Soma 350mg'],
  ['Medical necessity is not supported for the request.', N, 'X'],
  ['The records support the medical necessity of this request.', P, 'X'],
  ['The request is reasonable and medically necessary for this injured worker.', P, 'X'],
  ['This reviewer cannot certify the request.', N, 'X'],
  ['The request is not approved.', N, 'X'],
  ['I would approve the request for the lumbar brace.', P, 'Lumbar brace'],
  ['Authorization for the surgery is appropriate.', P, 'Right shoulder arthroscopy'],
  ['The request lacks medical necessity.', N, 'X'],
  ['The requested MRI is not indicated at this time.', N, 'MRI Cervical'],
  ['Therefore, the request is partially medically necessary.', P, 'X'],
  ['The request for TENS purchase is not medically necessary, but a 30-day trial would be.', N, 'TENS unit purchase'],
  ['It is not unreasonable to authorize the request.', P, 'X'],
  ['Continued use of gabapentin is warranted.', P, 'Gabapentin 600mg #90'],
  ['I do not agree with the UR determination; the request is medically necessary.', P, 'X'],
  ['The request fails to meet the criteria set forth by the MTUS.', N, 'X'],
  ['Criteria for the requested injections have been satisfied.', P, 'Trigger point injections'],
  ['The ongoing use of opioids is not justified.', N, 'Norco'],
  ['The request for 8 sessions of chiropractic is denied.', N, 'Chiropractic'],
  ['Accordingly, the medical necessity of the requested procedure is established.', P, 'Carpal tunnel release'],
  ['There is no reason to deny this request.', P, 'X'],
  ['The prior non-certification was appropriate.', N, 'X'],
  ['The UR decision to deny the request was incorrect, and the request is medically necessary.', P, 'X'],
  ['The request is consistent with guideline recommendations.', P, 'X'],
  ['The request is inconsistent with MTUS recommendations.', N, 'X'],
  ['The requested 12 sessions exceed the guideline recommendations.', N, 'Physical therapy x12'],
  ['Conclusion: not medically necessary.', N, 'X'],
  ['The request is not medically necessary, consistent with the UR decision.', N, 'X'],
  ['This reviewer recommends non-certification of the request.', N, 'X'],
  ['The requested treatment is in accordance with the ODG criteria and is medically necessary.', P, 'X'],
  ['It would not be appropriate to authorize this request.', N, 'X'],
  ['There is no medical necessity established for the requested surgery.', N, 'Lumbar fusion'],
  ['The request does not fulfill ODG criteria.', N, 'X'],
];

const REPORTED_OR_GENERAL = [
  'The UR reviewer concluded that the request for Norco was not medically necessary.',
  'The request was non-certified by utilization review on 6/15/19.',
  'The requesting physician states that surgery is medically necessary.',
  'Guidelines consider imaging medically necessary when red flags are present.',
  'The request may be medically necessary if functional improvement is documented.',
  'She denies numbness or weakness.',
  'An earlier course of physical therapy was medically necessary.',
];

describe('conclusions in real wordings', () => {
  it.each(WORDINGS)('reads "%s" as %s', (sentence, want, item) => {
    const text = `The MTUS recommends a course of treatment. The patient has pain. ${sentence} Follow-up is advised.`;
    expect(analyzeConclusion(text, item).verdict).toBe(want);
  });

  it.each(REPORTED_OR_GENERAL)('finds no conclusion of the reviewer in "%s"', (sentence) => {
    expect(
      analyzeConclusion(`The MTUS recommends a course of treatment. ${sentence}`, 'Physical therapy').verdict,
    ).toBe('missing');
  });
});

/** Sentences that report a view before stating the reviewer's own, long item names, hedges: [sentence, verdict, item]. */
const MIXED_AND_LONG: Array<[string, string, string | undefined]> = [
  [
    "Based on the documentation provided, the UR physician's decision to non-certify the request for Norco 10/325 #120 (for weaning) is upheld.",
    N,
    'Norco 10/325mg #120',
  ],
  [
    'The request for Lumbar ESI L4-5, L5-S1 (bilateral, transforaminal, under fluoroscopy) is medically necessary and appropriate.',
    P,
    'Lumbar epidural steroid injection L4-5 and L5-S1',
  ],
  [
    'Although the utilization reviewer non-certified the request citing lack of documentation, the updated records show functional improvement, and the request is medically necessary.',
    P,
    undefined,
  ],
  ['UR denied the request as not medically necessary, but I find it medically necessary.', P, undefined],
  [
    "The UR reviewer's conclusion that the request was not medically necessary is not supported by the records; the request is medically necessary.",
    P,
    undefined,
  ],
  ['Medical necessity for the requested H-wave unit, home use, has not been established.', N, 'H-wave'],
  ['In light of the absence of red flags, the requested cervical MRI is not medically necessary.', N, 'MRI Cervical'],
  ['It is the opinion of this reviewer that the request is not medically necessary.', N, undefined],
  ['This reviewer agrees with the prior reviewer: the request is not medically necessary.', N, undefined],
  ['The request is certified as medically necessary.', P, undefined],
  [
    'The requested purchase of a TENS unit is not certified; a 30-day rental would be reasonable.',
    N,
    'TENS unit purchase',
  ],
  ['I am in agreement with the UR decision to non-certify this request.', N, undefined],
  ['Guidelines do not support this request; therefore, it is not medically necessary.', N, undefined],
  [
    'There is no documentation of functional improvement; therefore, the continued use of tramadol is not supported.',
    N,
    'Tramadol ER 150mg #30',
  ],
  ['Continued chiropractic care is not indicated.', N, 'Chiropractic treatment, 8 visits'],
  [
    'The treating physician requested the MRI because of worsening pain; the request is medically necessary.',
    P,
    'MRI Cervical',
  ],
  [
    'While the claims administrator found the surgery not medically necessary, the patient meets the ODG criteria for fusion, and the request is medically necessary.',
    P,
    'Lumbar fusion L4-S1',
  ],
  [
    'The patient reports that Norco helps her function; however, without urine drug screens or documented functional gains, the request for Norco is not medically necessary.',
    N,
    'Norco 10/325mg #90',
  ],
  [
    'Therefore, the request for Compound cream: Flurbiprofen 20%, Baclofen 5%, Lidocaine 4% (180 grams), apply twice daily is not medically necessary.',
    N,
    'Compound cream: Flurbiprofen 20%, Baclofen 5%, Lidocaine 4% (180 grams), apply twice daily',
  ],
  [
    'Therefore, the request for Compound cream: Flurbiprofen 20%, Baclofen 5%, Lidocaine 4% (180 grams), apply twice daily is not medically necessary.',
    N,
    undefined,
  ],
  [
    'The previous UR reviewer certified 6 sessions and modified the remainder; the additional 6 sessions are not medically necessary.',
    N,
    'Physical therapy 12 sessions',
  ],
  ['The request is medically necessary per ODG.', P, undefined],
  ['Per the treating physician, the medication is medically necessary.', M, 'Gabapentin'],
  ['The UR non-certification is overturned; the request is medically necessary.', P, undefined],
  [
    'This request would be reasonable if the patient had failed conservative care, which is not documented.',
    M,
    undefined,
  ],
];

describe('conclusions stated after reported views, with long item names', () => {
  it.each(MIXED_AND_LONG)('reads "%s" as %s', (sentence, want, item) => {
    const text = `The MTUS recommends a course of treatment. The patient has pain. ${sentence} Follow-up is advised.`;
    expect(analyzeConclusion(text, item).verdict).toBe(want);
  });
});

describe('the labelled set', () => {
  it('meets precision 0.97 and recall 0.95 for every error-level check', () => {
    const scores = scoreChecks(
      labelledCheckCases(),
      MEASURED_CODES,
      (ctx) => new Set(runPreSignChecks(ctx).map((f) => f.code)),
    );
    const below = scores
      .filter((s) => severityOf(s.code) === 'error')
      .filter((s) => s.precision < 0.97 || s.recall < 0.95)
      .map((s) => `${s.code}: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)}`);
    expect(below).toEqual([]);
  });
});

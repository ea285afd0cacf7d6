import { describe, expect, it } from 'vitest';
import { severityOf } from '../../../../shared/domain/checks/checkCatalog';
import { runPreSignChecks } from '../../../../shared/domain/checks/runPreSignChecks';
import { analyzeConclusion } from '../../../../shared/domain/checks/text/analyzeConclusion';
import { labelledCheckCases, MEASURED_CODES } from '../../../support/labelledChecks/labelledCheckCases';
import { scoreChecks } from '../../../support/labelledChecks/scoreChecks';

const N = 'not_necessary';
const P = 'necessary';
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

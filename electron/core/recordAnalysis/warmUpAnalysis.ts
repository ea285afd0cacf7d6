import { analyzeCaseFile } from './analyzeCaseFile';

const SAMPLE_PAGES = [
  'Harbor Spine Center\nPROGRESS NOTE\nPatient: Sample   Date of Service: 06/06/2014\nSUBJECTIVE: Neck pain.\nPLAN: Follow-up in four weeks.\nElectronically signed by Jane Roe, MD on June 6, 2014.',
  'Seaside Imaging Center\nMRI CERVICAL SPINE\nExam date: 2014-04-21\nFINDINGS: C5-6 disc protrusion.\nIMPRESSION: Degenerative disc disease.\nInterpreted by: Vera Radiant, MD',
  'CHIEF COMPLAINT: Knee pain.\nHISTORY OF PRESENT ILLNESS: Fell at work on 3-Mar-2014.\nPAST MEDICAL HISTORY: None.\nPage 1 of 2',
  'and the plan was discussed.\nDictated by: Sam Lee, DO   D: 03/04/2014   T: 03/05/2014\nPage 2 of 2',
];

/**
 * Runs the analysis once on a few made-up pages so its patterns are compiled before the first real record
 * arrives (called when an upload begins, as the text readers are made ready then too).
 */
export function warmUpAnalysis(): Promise<void> {
  warming ??= analyzeCaseFile(
    [{ id: 'warm-up', pages: [...SAMPLE_PAGES, SAMPLE_PAGES[0] ?? ''].map((text, i) => ({ page: i + 1, text })) }],
    { minYear: 1900, maxYear: 2100, latestDate: '2100-01-01' },
  ).then(() => undefined);
  return warming;
}

let warming: Promise<void> | null = null;

import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '../../../electron/core/demo/generateDemoWorkspace';
import type { DemoCase, DemoDocument } from '../../../electron/core/demo/demoWorkspace';
import { collapseWhitespace, extractPdfPages } from './extractPdfPages';

const EDS = 'Electrodiagnostic studies of the upper extremities revealed mild left C6 radiculopathy.';

describe('buildSampleCase', () => {
  let sample: DemoCase;
  const text = (doc: DemoDocument | undefined) => collapseWhitespace(doc?.pages.join('\n') ?? '');
  const find = (pred: (d: DemoDocument) => boolean) => sample.documents.filter(pred);

  beforeAll(async () => {
    const ws = await generateDemoWorkspace({ today: '2026-11-20', seed: 1 });
    const found = ws.cases.find((c) => c.caseNumber === 'CM14-0012345');
    if (!found) throw new Error('The sample case is missing');
    sample = found;
  });

  it('mirrors the sample letter header when generated', () => {
    expect(sample).toMatchObject({
      priority: 'standard',
      claimantAge: 59,
      claimantSex: 'female',
      dateOfInjury: '2008-10-08',
      urDecisionDate: '2014-04-03',
      bodyParts: ['neck'],
    });
    expect(sample.items).toEqual([
      {
        requestedTreatment: 'MRI Cervical',
        urDecision: 'denied',
        caGuideline: 'Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 177-178.',
      },
      {
        requestedTreatment: 'Cervical extension and flexion X-Ray',
        urDecision: 'denied',
        caGuideline:
          'The Claims Administrator did not base their decision on the MTUS. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Integrated Treatment/ Disability Duration Guidelines, Neck and Upper Back (Acute & Chronic).',
      },
    ]);
  });

  it('holds the 6/6/14 progress note facts the letter cites when generated', () => {
    const note = find((d) => d.docType === 'progress_note' && d.serviceDate === '2014-06-06');
    expect(note).toHaveLength(1);
    const t = text(note[0]);
    for (const fact of [
      'waiting for authorization for her cervical spine surgery',
      'completed a discogram',
      'multiple levels of concordant pain',
      'Left axial tenderness',
      'Positive axial head compression test on the left',
      'Multiple cervical spondylosis with possible instability and anterior cord compression on the cord',
      'C5-6 disc disease, unchanged',
      'C4-5 disc protrusion impressing on the anterior cord, unchanged',
      'C7 right-sided lateral disc protrusion, less prominent',
      'Medication management and activity modification',
      EDS,
    ]) {
      expect(t).toContain(fact);
    }
  });

  it('holds the 4/3/14 UR denial with both requests, its reasons and guidelines when generated', () => {
    const ur = find((d) => d.docType === 'ur_denial');
    expect(ur).toHaveLength(1);
    expect(ur[0]?.serviceDate).toBe('2014-04-03');
    const t = text(ur[0]);
    expect(t).toContain('Date of decision: 04/03/2014');
    expect(t).toContain('no current objective documentation of radicular pain');
    expect(t).toContain('significant deficits in dermatomal sensation, reflexes, or muscle strength');
    expect(t).toContain('since the last cervical MRI dated 1/15/14');
    expect(t).toContain('have lost consciousness, have impaired sensorium, or to evaluate the status of fusion');
    sample.items.forEach((item) => {
      expect(t).toContain(item.requestedTreatment);
      expect(t).toContain(item.caGuideline);
    });
  });

  it('holds the three cervical MRIs, the flexion/extension X-ray, the discogram and the application when generated', () => {
    const mris = find((d) => d.docType === 'imaging_report' && d.title.startsWith('MRI Cervical')).map(
      (d) => d.serviceDate,
    );
    expect(mris.sort()).toEqual(['2013-10-11', '2014-01-15', '2014-04-21']);
    const xray = find((d) => d.docType === 'imaging_report' && /Flexion and Extension/.test(d.title));
    expect(xray.map((d) => d.serviceDate)).toEqual(['2014-04-21']);
    expect(text(xray[0])).toMatch(/instability/);
    const discogram = find((d) => d.docType === 'procedure_note' && /Discogram/.test(d.title));
    expect(text(discogram[0])).toContain('Multiple levels of concordant pain');
    expect(find((d) => d.docType === 'imr_application')).toHaveLength(1);
    expect(find((d) => d.docType === 'consultation' && /Electrodiagnostic/.test(d.title))).toHaveLength(1);
  });

  it('puts the C6 sentence on page 37 of the 60-page compilation, as pdf.js reads it', async () => {
    const [records] = find((d) => d.title === 'Complete medical records');
    if (!records) throw new Error('The compilation is missing');
    expect(records.pages).toHaveLength(60);
    const extracted = await extractPdfPages(records.pdf);
    expect(extracted).toHaveLength(60);
    expect(extracted[36]).toContain(EDS);
    expect(records.pages[36]).toContain(EDS);
    expect(extracted.filter((p) => p.includes(EDS))).toHaveLength(1);
    extracted.forEach((page, i) => expect(page).toBe(collapseWhitespace(records.pages[i] ?? '')));
  });

  it('gives every compilation page different text when generated', () => {
    const [records] = find((d) => d.title === 'Complete medical records');
    const bodies = (records?.pages ?? []).map((p) => p.split('\n').slice(4, -2).join('\n'));
    expect(new Set(bodies).size).toBe(60);
  });
});

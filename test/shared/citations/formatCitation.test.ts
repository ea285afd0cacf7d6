import { describe, expect, it } from 'vitest';
import { citationFamilySchema, isMtusFamily } from '../../../shared/citations/citation';
import { formatCitation } from '../../../shared/citations/format/formatCitation';
import { toCitationSnapshot } from '../../../shared/citations/format/toCitationSnapshot';
import { loadCatalog } from '../../../shared/citations/catalog/loadCatalog';

const catalog = loadCatalog();
const byId = new Map(catalog.map((entry) => [entry.id, entry]));
const label = (id: string) => {
  const entry = byId.get(id);
  if (!entry) throw new Error(`no catalog entry ${id}`);
  return formatCitation(entry);
};

describe('formatCitation', () => {
  it.each([
    ['mtus-acoem-2004-ch8-p179-180', 'MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 179-180'],
    ['mtus-acoem-2004-ch12', 'MTUS ACOEM Chapter 12 Low Back Complaints'],
    [
      'mtus-cpmtg-opioids-criteria-for-use',
      'MTUS Chronic Pain Medical Treatment Guidelines Opioids, criteria for use Page(s): 76-80',
    ],
    [
      'mtus-postsurgical-shoulder-rotator-cuff-repair-impingement-syndrome',
      'MTUS Postsurgical Treatment Guidelines Page(s): 26-27',
    ],
    ['mtus-acupuncture', 'MTUS Acupuncture Medical Treatment Guidelines'],
    ['mtus-opioids-2016-s3-1', 'MTUS Opioids Treatment Guidelines (2016), Section 3.1 Comprehensive evaluation'],
    ['mtus-acoem-low-back-2020-02-13', 'MTUS (ACOEM Practice Guidelines) Low Back Disorders guideline (2020)'],
    ['mtus-acoem-low-back-2020-02-13-mri', 'MTUS (ACOEM Practice Guidelines) Low Back Disorders guideline (2020), MRI'],
    [
      'mtus-acoem-initial-approaches-2017-06-30-home-health-care',
      'MTUS (ACOEM Practice Guidelines) Initial Approaches to Treatment guideline (2017), Home Health Care',
    ],
    [
      'mtus-acoem-mental-health-depressive-current',
      'MTUS (ACOEM Practice Guidelines) Workplace Mental Health: Depressive Disorders Guideline',
    ],
    ['mtus-formulary-special-fill', 'MTUS Drug Formulary, Special fill'],
    [
      'odg-neck-and-upper-back-mri',
      'Non-MTUS Citation Official Disability Guidelines (ODG) Neck and Upper Back Chapter-MRI',
    ],
    ['odg-low-back', 'Non-MTUS Citation Official Disability Guidelines (ODG) Low Back Chapter'],
    [
      'odg-itdg-neck-and-upper-back',
      'Non-MTUS Citation Official Disability Guidelines (ODG), Integrated Treatment/ Disability Duration Guidelines, Neck and Upper Back (Acute & Chronic)',
    ],
    [
      'odg-drug-formulary-opioids',
      "Non-MTUS Citation Official Disability Guidelines (ODG) Appendix A: ODG Workers' Comp Drug Formulary-Opioids",
    ],
    [
      'acoem-non-mtus-hip-groin-2011-05-01',
      'Non-MTUS Citation (ACOEM Practice Guidelines) Hip and Groin Disorders guideline (2011)',
    ],
    [
      'lit-pitkanen-2002-segmental-lumbar-instability',
      'Other Medical Treatment Guideline or Medical Evidence: Peer-reviewed literature (Segmental Lumbar Spine Instability at ' +
        'Flexion-Extension Radiography can be Predicted by Conventional Radiography)',
    ],
  ])('prints %s in the house wording when formatted', (id, expected) => {
    expect(label(id)).toBe(expected);
  });

  it('covers every citation family when the catalog is formatted', () => {
    const families = new Set(catalog.map((entry) => entry.family));
    expect([...families].sort()).toEqual([...citationFamilySchema.options].sort());
  });

  it('prints a clean, correctly prefixed label when formatting any catalog entry', () => {
    for (const entry of catalog) {
      const text = formatCitation(entry);
      expect(text, entry.id).not.toMatch(/null|undefined|\s{2}|\s$|^\s/);
      expect(text.length, entry.id).toBeLessThanOrEqual(1000);
      if (isMtusFamily(entry.family)) expect(text, entry.id).toMatch(/^MTUS /);
      else if (entry.family === 'literature')
        expect(text, entry.id).toMatch(/^Other Medical Treatment Guideline or Medical Evidence: /);
      else expect(text, entry.id).toMatch(/^Non-MTUS Citation /);
    }
  });

  it('names the guideline version year when formatting any post-2017 MTUS guideline with a dated version', () => {
    for (const entry of catalog.filter(
      (e) => e.family === 'mtus_acoem_2017' && /\d{4}\)$/.test(e.chapterTitle ?? ''),
    )) {
      expect(formatCitation(entry), entry.id).toMatch(
        /^MTUS \(ACOEM Practice Guidelines\) .+ guideline \(\d{4}\)(, .+)?$/,
      );
    }
  });
});

describe('toCitationSnapshot', () => {
  it('freezes the label, family, MTUS flag and effective dates when a chip is made', () => {
    const entry = byId.get('mtus-acoem-2004-ch8-p177-178');
    if (!entry) throw new Error('missing entry');
    expect(toCitationSnapshot(entry)).toEqual({
      catalogId: 'mtus-acoem-2004-ch8-p177-178',
      family: 'mtus_acoem_2004',
      label: 'MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 177-178',
      shortLabel: 'ACOEM Ch. 8, pp. 177-178',
      mtus: true,
      effectiveFrom: '2009-07-18',
      effectiveTo: '2017-11-30',
      bodyParts: ['neck', 'upper back'],
    });
  });

  it('marks ODG and literature chips as Non-MTUS when they are made', () => {
    expect(toCitationSnapshot(byId.get('odg-low-back')!).mtus).toBe(false);
    expect(toCitationSnapshot(byId.get('lit-pitkanen-2002-segmental-lumbar-instability')!).mtus).toBe(false);
  });
});

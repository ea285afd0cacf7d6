import { describe, expect, it } from 'vitest';
import { classifyEncounterType, looksLikeTitle } from '../../../electron/core/recordAnalysis/classifyEncounterType';

describe('classifyEncounterType', () => {
  it('names the type from a title line, the most specific rule first', () => {
    const cases: [string, string][] = [
      ['REQUEST FOR AUTHORIZATION (DWC FORM RFA)', 'rfa'],
      ['Utilization Review Determination', 'ur_denial'],
      ['MRI LUMBAR SPINE WITHOUT CONTRAST', 'imaging_report'],
      ['OPERATIVE REPORT', 'procedure_note'],
      ['Physical Therapy Daily Note', 'therapy_note'],
      ['ELECTRODIAGNOSTIC REPORT (EMG/NCS)', 'diagnostic_test'],
      ['Qualified Medical Evaluation', 'medical_legal'],
      ['Pharmacy Dispensing History', 'pharmacy_record'],
      ['DISCHARGE SUMMARY', 'hospital_record'],
      ['Orthopedic Consultation', 'consultation'],
      ["Primary Treating Physician's Progress Report (PR-2)", 'progress_note'],
      ['PAIN MANAGEMENT FOLLOW-UP - Jane Roe, MD - Date of service: 01/02/2014', 'progress_note'],
    ];
    for (const [title, type] of cases) {
      const guess = classifyEncounterType([title], '');
      expect(guess.type, title).toBe(type);
      expect(guess.confidence).toBeGreaterThan(0.9);
    }
  });

  it('does not take a practice letterhead for the title when a real title follows', () => {
    const guess = classifyEncounterType(['Vera Radiant, MD - Seaside Imaging Center', 'Consultation'], '');
    expect(guess).toMatchObject({ type: 'consultation', title: 'Consultation' });
  });

  it('falls back on the section headings of the body, with a lower confidence', () => {
    const soap =
      'SUBJECTIVE: Neck pain improved.\nOBJECTIVE: Tender.\nASSESSMENT: Strain.\nPLAN: Follow-up visit in 4 weeks.';
    expect(classifyEncounterType([], soap)).toMatchObject({ type: 'progress_note' });
    const op =
      'PREOPERATIVE DIAGNOSIS: Torn meniscus.\nPOSTOPERATIVE DIAGNOSIS: Same.\nANESTHESIA: General.\nThe patient was prepped and draped. ESTIMATED BLOOD LOSS: Minimal.';
    expect(classifyEncounterType([], op)).toMatchObject({ type: 'procedure_note' });
    const hp =
      'CHIEF COMPLAINT: Knee pain.\nHISTORY OF PRESENT ILLNESS: Fell.\nPAST MEDICAL HISTORY: None.\nSOCIAL HISTORY: Nonsmoker.\nFAMILY HISTORY: Noncontributory.\nREVIEW OF SYSTEMS: Negative.';
    const guess = classifyEncounterType([], hp);
    expect(guess.type).toBe('consultation');
    expect(guess.confidence).toBeLessThan(0.9);
  });

  it('says other, with a low confidence, when nothing points to a type', () => {
    expect(classifyEncounterType([], 'Lorem ipsum dolor sit amet.')).toEqual({
      type: 'other',
      confidence: 0.2,
      title: null,
    });
  });
});

describe('looksLikeTitle', () => {
  it('takes headings and leaves sentences and long fields', () => {
    expect(looksLikeTitle('OPERATIVE REPORT')).toBe(true);
    expect(looksLikeTitle('Follow-up Visit')).toBe(true);
    expect(looksLikeTitle('Prior imaging of 16-May-2012 was reviewed.')).toBe(false);
    expect(looksLikeTitle('The patient returns for follow-up of her cervical spine and reports less pain.')).toBe(
      false,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { findFacility } from '../../../electron/core/recordAnalysis/findFacility';
import { findProvider, normalizeProvider } from '../../../electron/core/recordAnalysis/findProvider';

describe('findProvider', () => {
  it('prefers a signature or a labelled provider, then a name with a credential', () => {
    expect(findProvider([], ['Electronically signed by Jane Roe, MD on 06/09/2014.'], [])).toEqual({
      value: 'Jane Roe, MD',
      confidence: 0.9,
    });
    expect(findProvider(['Provider: Sam Lee, DO', 'Location: Bay Clinic'], [], [])).toMatchObject({
      value: 'Sam Lee, DO',
    });
    expect(findProvider(['Reggie Stretchwell, PT'], [], [])).toEqual({
      value: 'Reggie Stretchwell, PT',
      confidence: 0.75,
    });
  });

  it('does not take the patient for the provider, and says nothing when no one is named', () => {
    expect(findProvider(['Patient: Maren Sampleton, MD'], [], [])).toEqual({ value: '', confidence: 0 });
    expect(findProvider(['Neck pain, improving.'], ['Continue therapy.'], [])).toEqual({ value: '', confidence: 0 });
  });

  it('spells a provider one way', () => {
    expect(normalizeProvider('Dr. Jane  Roe, MD,')).toBe('Jane Roe, MD');
    expect(normalizeProvider('Jane Roe, M.D.')).toBe('Jane Roe, M.D.');
  });
});

describe('findFacility', () => {
  it('reads the practice from a letterhead or the part of a heading after the provider', () => {
    expect(findFacility(['Harbor Orthopaedic Medical Group', '100 Main Street, Suite 4'])).toMatchObject({
      value: 'Harbor Orthopaedic Medical Group',
    });
    expect(findFacility(['Vera Radiant, MD - Seaside Imaging Center (demo)', 'MRI'])).toMatchObject({
      value: 'Seaside Imaging Center (demo)',
    });
    expect(findFacility(['Prior imaging of 16-May-2012 was reviewed.'])).toEqual({ value: '', confidence: 0 });
  });
});

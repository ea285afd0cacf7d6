import { describe, expect, it } from 'vitest';
import { findDates } from '../../../electron/core/recordAnalysis/findDates';

const YEARS = { minYear: 1900, maxYear: 2026 };
const read = (line: string) => findDates([line], YEARS).map((d) => [d.iso, d.role]);

describe('findDates', () => {
  it('reads a date of service in every common format as the same day', () => {
    for (const written of [
      '6/6/14',
      '06/06/2014',
      'June 6, 2014',
      '2014-06-06',
      '6-Jun-2014',
      'Jun 6 2014',
      '6.6.2014',
    ])
      expect(read(`Date of service: ${written}`), written).toEqual([['2014-06-06', 'service']]);
  });

  it('tells the date of service from dates of injury and birth, signatures and plain mentions', () => {
    expect(read('DOB: 4/5/1970   Date of injury: 3/24/2012   DOS: 06/06/2014')).toEqual([
      ['1970-04-05', 'birth'],
      ['2012-03-24', 'injury'],
      ['2014-06-06', 'service'],
    ]);
    expect(read('Electronically signed by Jane Roe, MD on 06/09/2014.')).toEqual([['2014-06-09', 'signature']]);
    expect(read('Dictated by: Jane Roe, MD   D: 06/06/2014   T: 06/07/2014')).toEqual([
      ['2014-06-06', 'signature'],
      ['2014-06-07', 'signature'],
    ]);
    expect(read('The cervical MRI of 04/21/2014 was reviewed.')).toEqual([['2014-04-21', 'plain']]);
    expect(read('Date of request: 03/27/2014')).toEqual([['2014-03-27', 'document']]);
  });

  it('treats every date on a fax header as the transmission, never the visit', () => {
    expect(read('06/10/2014 14:32 FROM: HARBOR ORTHO FAX (555) 123-4567 P.2/5')).toEqual([
      ['2014-06-10', 'transmission'],
    ]);
    expect(read('Received 07/01/2014 Claims Dept')).toEqual([['2014-07-01', 'transmission']]);
    // A phone number next to a date does not run into it.
    expect(read('Tel 555-123-4567 06/10/2014')).toEqual([['2014-06-10', 'plain']]);
  });

  it('marks both ends of a range and never reads a range as one visit', () => {
    expect(read('Dates of service: 10/15/2008 to 06/06/2014')).toEqual([
      ['2008-10-15', 'range'],
      ['2014-06-06', 'range'],
    ]);
    expect(read('June 6, 2014 - July 1, 2014')).toEqual([
      ['2014-06-06', 'range'],
      ['2014-07-01', 'range'],
    ]);
  });

  it('drops impossible dates, partial dates and years out of range, and reads no date into scores or levels', () => {
    expect(read('13/45/2014 and 2/30/2014')).toEqual([]);
    expect(read('seen on 6/6 and again in 2014')).toEqual([]);
    expect(read('Date of service: 06/06/2099')).toEqual([]);
    expect(read('Pain 3/10, BP 120/80, C5-6 and C6-7, strength 5/5')).toEqual([]);
  });

  it('reads field labels and digits as OCR misreads them', () => {
    expect(read('Encounter dat: 23-Aug-20l3')).toEqual([['2013-08-23', 'service']]);
    expect(read('Dateof injury: 03/24/2O12')).toEqual([['2012-03-24', 'injury']]);
    expect(read('ate: Apr 1 2018')).toEqual([['2018-04-01', 'document']]);
  });

  it('keeps the line each date is on', () => {
    const found = findDates(['PROGRESS NOTE', 'Patient: Jane Doe', 'DOS: 1/2/2015'], YEARS);
    expect(found).toEqual([{ iso: '2015-01-02', role: 'service', line: 2, text: '1/2/2015' }]);
  });

  it('reads the same line again under another span of years', () => {
    // Lines read are remembered during an analysis; the years allowed are part of what was read.
    expect(findDates(['DOS: 06/06/2014'], { minYear: 1900, maxYear: 2010 })).toEqual([]);
    expect(findDates(['DOS: 06/06/2014'], YEARS).map((d) => d.iso)).toEqual(['2014-06-06']);
    expect(findDates(['DOS: 06/06/2014'], { minYear: 1900, maxYear: 2010 })).toEqual([]);
  });
});

import { differenceInCalendarDays, parseISO } from 'date-fns';
import {
  copiedRecordPage,
  indexPage,
  medicationProfilePage,
  painManagementPage,
  therapyPage,
  treatingPhysicianPage,
} from './compilationPages';
import { THERAPY_PHRASES } from './compilationPhrases';
import { formatRecordDate } from './formatRecordDate';
import type { RecordDraft } from './recordDraft';
import { SAMPLE_JUNE_NOTE, SAMPLE_PHYSICIAN } from './sampleClinicalRecords';
import type { SeededRandom } from '../../../shared/random';
import { shiftDate } from './shiftDate';

const FIRST_VISIT = '2008-10-15';
const LAST_ROUTINE_VISIT = '2014-05-09';
const PTP_VISITS = 35;

/**
 * The sample case's "Complete medical records": 60 one-page records grouped by provider. Page 37 is the copy
 * of the 06/06/2014 progress report, so a reviewer has to find its electrodiagnostic finding deep in the file.
 */
export function buildRecordsCompilation(claimsAdministrator: string, rng: SeededRandom): RecordDraft {
  const span = differenceInCalendarDays(parseISO(LAST_ROUTINE_VISIT), parseISO(FIRST_VISIT));
  const ptpDates = Array.from({ length: PTP_VISITS }, (_, i) =>
    shiftDate(FIRST_VISIT, Math.round((i * span) / (PTP_VISITS - 1))),
  );
  const ptDates = [0, 3, 7, 10, 14, 17, 21, 24, 28, 31].map((d) => shiftDate('2008-11-03', d));
  const acupunctureDates = [0, 7, 14, 21, 28, 35].map((d) => shiftDate('2010-03-02', d));
  const painDates = ['2012-11-14', '2013-02-20', '2013-06-12', '2013-11-06', '2014-03-05'];
  const fills = (year: number) =>
    [1, 3, 5, 7, 9, 11].map((month) => {
      const day = String(rng.int(2, 26)).padStart(2, '0');
      const date = formatRecordDate(`${year}-${String(month).padStart(2, '0')}-${day}`);
      return `${date}: Naproxen 550 mg #60; Omeprazole 20 mg #30; Gabapentin 300 mg #30. Prescriber: ${SAMPLE_PHYSICIAN.name}.`;
    });
  const range = (dates: readonly string[]) =>
    `${formatRecordDate(dates[0] ?? FIRST_VISIT)} to ${formatRecordDate(dates[dates.length - 1] ?? FIRST_VISIT)}`;

  const sections: string[][] = [
    indexPage([
      `Pages 2-36: Primary treating physician's progress reports (PR-2), ${SAMPLE_PHYSICIAN.name}, ${range(ptpDates)}.`,
      `Page 37: Primary treating physician's progress report (PR-2), ${SAMPLE_PHYSICIAN.name}, ${formatRecordDate(SAMPLE_JUNE_NOTE.date)}.`,
      `Pages 38-47: Physical therapy daily notes, ${THERAPY_PHRASES.pt.provider}, ${range(ptDates)}.`,
      `Pages 48-53: Acupuncture treatment notes, ${THERAPY_PHRASES.acupuncture.provider}, ${range(acupunctureDates)}.`,
      `Pages 54-58: Pain management follow-up notes, ${range(painDates)}.`,
      'Pages 59-60: Pharmacy medication profile, 2013 and 2014.',
    ]),
    ...ptpDates.map((date) => treatingPhysicianPage(date, rng)),
    copiedRecordPage(SAMPLE_JUNE_NOTE),
    ...ptDates.map((date, i) => therapyPage('pt', date, i + 1, rng)),
    ...acupunctureDates.map((date, i) => therapyPage('acupuncture', date, i + 1, rng)),
    ...painDates.map((date) => painManagementPage(date, rng)),
    medicationProfilePage('2013-12-31', fills(2013)),
    medicationProfilePage('2014-05-30', fills(2014).slice(0, 3)),
  ];
  return {
    title: 'Complete medical records',
    docType: 'other',
    provider: 'Multiple providers',
    organization: `produced by ${claimsAdministrator}`,
    serviceDate: null,
    dateLine: `Dates of service: ${formatRecordDate(FIRST_VISIT)} to ${formatRecordDate(SAMPLE_JUNE_NOTE.date)}`,
    sections,
  };
}

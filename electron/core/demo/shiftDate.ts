import { addDays, format, parseISO } from 'date-fns';

/** The ISO date `days` days after (or, when negative, before) `isoDate`. */
export function shiftDate(isoDate: string, days: number): string {
  return format(addDays(parseISO(isoDate), days), 'yyyy-MM-dd');
}

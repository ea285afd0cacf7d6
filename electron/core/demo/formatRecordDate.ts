import { format, parseISO } from 'date-fns';

/** 2014-06-06 is printed 06/06/2014 in the records. */
export function formatRecordDate(isoDate: string): string {
  return format(parseISO(isoDate), 'MM/dd/yyyy');
}

import { differenceInCalendarDays, parseISO } from 'date-fns';

export interface DueInfo {
  daysLeft: number;
  label: string;
  tone: 'overdue' | 'soon' | 'ok';
}

export function dueInfo(dueDate: string, today: string): DueInfo {
  const daysLeft = differenceInCalendarDays(parseISO(dueDate), parseISO(today));
  if (daysLeft < 0)
    return { daysLeft, label: `${-daysLeft} day${daysLeft === -1 ? '' : 's'} overdue`, tone: 'overdue' };
  if (daysLeft === 0) return { daysLeft, label: 'due today', tone: 'soon' };
  return { daysLeft, label: `${daysLeft} day${daysLeft === 1 ? '' : 's'} left`, tone: daysLeft <= 3 ? 'soon' : 'ok' };
}

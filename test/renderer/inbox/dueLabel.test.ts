import { describe, expect, it } from 'vitest';
import { dueInfo } from '../../../renderer/src/features/inbox/dueLabel';

describe('dueInfo', () => {
  it('reports days overdue in the overdue tone when the due date has passed', () => {
    expect(dueInfo('2026-11-21', '2026-11-24')).toEqual({ daysLeft: -3, label: '3 days overdue', tone: 'overdue' });
    expect(dueInfo('2026-11-23', '2026-11-24').label).toBe('1 day overdue');
  });

  it('marks today and the next three days as soon', () => {
    expect(dueInfo('2026-11-24', '2026-11-24')).toMatchObject({ label: 'due today', tone: 'soon' });
    expect(dueInfo('2026-11-27', '2026-11-24')).toMatchObject({ label: '3 days left', tone: 'soon' });
  });

  it('counts calendar days across a month boundary when the due date is later', () => {
    expect(dueInfo('2026-12-05', '2026-11-24')).toEqual({ daysLeft: 11, label: '11 days left', tone: 'ok' });
  });
});

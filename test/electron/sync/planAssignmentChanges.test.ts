import { describe, expect, it } from 'vitest';
import type { LocalCaseState } from '../../../electron/core/db/repositories/syncCaseRepository';
import { planAssignmentChanges } from '../../../electron/core/sync/planAssignmentChanges';
import type { AssignmentChange } from '../../../shared/sync/assignmentChangeSchema';

const local = (id: string, work: Partial<LocalCaseState> = {}): LocalCaseState => ({
  id,
  caseNumber: `CM15-000000${id}`,
  status: 'assigned',
  hasWork: false,
  hasUnsyncedWork: false,
  edited: false,
  hasOutbox: false,
  hasUnsentOutbox: false,
  ...work,
});
const withdrawn = (caseId: string, seq: number): AssignmentChange => ({
  seq,
  caseId,
  caseNumber: `CM15-000000${caseId}`,
  at: '2026-11-24T00:00:00Z',
  kind: 'withdrawn',
  reason: 'Settled',
});

describe('planAssignmentChanges', () => {
  it('removes cases without work and flags cases with work when they are withdrawn', () => {
    const plan = planAssignmentChanges(
      [local('1'), local('2', { hasWork: true, status: 'in_progress' }), local('3'), local('4'), local('5')],
      [withdrawn('1', 1), withdrawn('2', 2)],
      { full: false, acceptRemovals: false },
    );
    expect(plan.removals).toEqual(['1']);
    expect(plan.flags).toEqual([{ caseId: '2', kind: 'withdrawn', reason: 'Settled' }]);
    expect(plan.failSafe).toBeNull();
  });

  it('trips the fail-safe when a delta removes more than half of at least three cases', () => {
    const cases = ['1', '2', '3', '4', '5'].map((id) => local(id));
    const plan = planAssignmentChanges(cases, [withdrawn('1', 1), withdrawn('2', 2), withdrawn('3', 3)], {
      full: false,
      acceptRemovals: false,
    });
    expect(plan.failSafe).toEqual({ removals: 3, localCases: 5, casesWithUnsentWork: [] });
    expect(
      planAssignmentChanges(cases, [withdrawn('1', 1), withdrawn('2', 2)], { full: false, acceptRemovals: false })
        .failSafe,
    ).toBeNull();
  });

  it('trips the fail-safe when a full resync would drop a case with unsent work, and flags it instead when accepted', () => {
    const cases = [
      local('1', { hasWork: true, hasUnsyncedWork: true, hasUnsentOutbox: true, status: 'signed' }),
      local('2'),
    ];
    const refused = planAssignmentChanges(cases, [], { full: true, acceptRemovals: false });
    expect(refused.failSafe?.casesWithUnsentWork).toEqual(['CM15-0000001']);
    const accepted = planAssignmentChanges(cases, [], { full: true, acceptRemovals: true });
    expect(accepted.failSafe).toBeNull();
    expect(accepted.flags.map((f) => [f.caseId, f.kind])).toEqual([['1', 'removed']]);
    expect(accepted.removals).toEqual(['2']);
  });

  it('uses only the last change of a case when the delta mentions it twice', () => {
    const again: AssignmentChange = { ...withdrawn('1', 1), seq: 2, kind: 'reassigned', reason: 'Moved' };
    const plan = planAssignmentChanges([local('1', { hasWork: true })], [withdrawn('1', 1), again], {
      full: false,
      acceptRemovals: false,
    });
    expect(plan.flags).toEqual([{ caseId: '1', kind: 'reassigned', reason: 'Moved' }]);
  });
});

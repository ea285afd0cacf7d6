import type { CheckRun } from '../../../shared/ipc';
import type { Workspace } from '../workspace';
import { buildCaseLetter } from '../letters';
import { evaluateChecks } from './evaluateChecks';
import { loadFinalizeInput } from '../determinations';

/** checks.run: the same rules and inputs signing enforces, so the panel never disagrees with the Sign button. */
export function runCaseChecks(ws: Workspace, caseId: string): CheckRun {
  const input = loadFinalizeInput(ws, caseId);
  const { findings, blockers } = evaluateChecks(input, buildCaseLetter(input));
  return {
    revision: input.determination.revision,
    findings,
    acknowledgedKeys: input.acknowledgedKeys,
    blockerKeys: blockers.map((f) => f.key),
    locked: input.determination.locked,
  };
}

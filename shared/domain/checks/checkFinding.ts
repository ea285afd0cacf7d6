import type { CheckCode, CheckSeverity } from './checkCatalog';
import type { CheckContext } from './checkContext';
import type { CheckTarget } from './checkTarget';

export interface CheckFinding {
  /** code + target: stable across re-runs, so an acknowledgment survives edits elsewhere. */
  readonly key: string;
  readonly code: CheckCode;
  readonly severity: CheckSeverity;
  readonly message: string;
  readonly target: CheckTarget;
}

export type CheckRule = (ctx: CheckContext) => CheckFinding[];

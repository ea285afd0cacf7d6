import { severityOf, type CheckCode } from '../checkCatalog';
import type { CheckFinding } from '../checkFinding';
import { targetKey, type CheckTarget } from '../checkTarget';

export function createFinding(code: CheckCode, target: CheckTarget, message: string): CheckFinding {
  return { key: `${code}@${targetKey(target)}`, code, severity: severityOf(code), message, target };
}

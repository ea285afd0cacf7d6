const MAX_STRING = 200;
const MAX_DEPTH = 4;
const MAX_ITEMS = 500;

/** Details are identifiers and numbers: a long string is refused because it could be record or rationale text. */
export function auditDetailsProblem(value: unknown, depth = 0): string | null {
  if (depth > MAX_DEPTH) return 'nested too deeply';
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return null;
  if (typeof value === 'string')
    return value.length > MAX_STRING ? `a text of ${value.length} characters (at most ${MAX_STRING})` : null;
  if (Array.isArray(value)) {
    if (value.length > MAX_ITEMS) return `a list of ${value.length} entries`;
    for (const item of value) {
      const problem = auditDetailsProblem(item, depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  if (typeof value === 'object') return auditDetailsProblem(Object.values(value as Record<string, unknown>), depth);
  return `a value of type ${typeof value}`;
}

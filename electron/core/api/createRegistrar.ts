import type { z } from 'zod';
import {
  contract,
  fail,
  isAppError,
  isMethodName,
  ok,
  type AppErrorData,
  type MethodName,
  type Result,
} from '../../../shared/ipc';

import type { Logger } from '../log';
import type { CallContext, HandlerTable } from './handlerTable';
import { errorMessage } from '../../../shared/errorMessage';

export interface Registrar {
  invoke(method: unknown, payload: unknown, ctx: CallContext): Promise<Result<unknown>>;
}

/** May refuse a validated call before its handler runs (the locked workstation answers only session methods). */
export type CallGate = (method: MethodName) => AppErrorData | null;

/** The single door into the back end: validate input, call the handler, always answer with a Result. */
export function createRegistrar(handlers: HandlerTable, log: Logger, gate?: CallGate): Registrar {
  return {
    async invoke(method, payload, ctx) {
      if (!isMethodName(method)) {
        return fail({
          code: 'UNKNOWN_METHOD',
          message: `There is no method called ${JSON.stringify(String(method)).slice(0, 80)}.`,
        });
      }
      const spec = contract[method];
      let parsed: z.ZodSafeParseResult<unknown>;
      try {
        parsed = spec.input.safeParse(payload);
      } catch {
        return fail({ code: 'INVALID_INPUT', message: `The request for ${method} is malformed (too deeply nested).` });
      }
      if (!parsed.success) {
        return fail({
          code: 'INVALID_INPUT',
          message: `The request for ${method} is invalid: ${describeIssues(parsed.error.issues)}`,
          details: {
            kind: 'invalidInput',
            issues: parsed.error.issues
              .slice(0, 10)
              .map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
          },
        });
      }
      const refused = gate?.(method);
      if (refused) return fail(refused);
      try {
        const handler = handlers[method] as (input: unknown, ctx: CallContext) => unknown;
        const value = await handler(parsed.data, ctx);
        const checked = spec.output.safeParse(value);
        if (!checked.success) {
          log.error('Handler returned a value that does not match its contract', {
            method,
            issues: checked.error.issues.length,
          });
          return fail({
            code: 'INTERNAL',
            message: `${method} produced an unexpected result. Please report this; nothing was lost.`,
          });
        }
        return ok(checked.data);
      } catch (error) {
        if (isAppError(error)) return fail(error.toData());
        log.error('Handler failed', { method, error: errorMessage(error) });
        return fail({
          code: 'INTERNAL',
          message: `${method} failed unexpectedly. Your saved work is intact; try again, and report it if it repeats.`,
        });
      }
    },
  };
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}

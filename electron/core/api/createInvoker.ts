import { unwrapResult, type MethodInput, type MethodName, type MethodOutput } from '../../../shared/ipc';

import type { Registrar } from './createRegistrar';
import type { CallContext } from './handlerTable';

/** A typed call through the registrar: the value, or the error thrown as an AppError. */
export type Invoke = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

/** The in-process client the command line and tests use: the same door, validation and envelope as the window's calls. */
export function createInvoker(registrar: Registrar, ctx: CallContext = { transport: 'in-process' }): Invoke {
  return async (method, input) =>
    unwrapResult(await registrar.invoke(method, input, ctx)) as MethodOutput<typeof method>;
}

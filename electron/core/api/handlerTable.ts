import type { MethodName, MethodOutput, MethodParsedInput } from '../../../shared/ipc';

/** How a call reached the back end: the desktop window, the browser shell, or in-process (command line, tests). */
export type Transport = 'electron' | 'shell' | 'in-process';

export interface CallContext {
  transport: Transport;
}

export type Handler<M extends MethodName> = (
  input: MethodParsedInput<M>,
  ctx: CallContext,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

/** The compiler rejects a table that lacks a handler for any contract method. */
export type HandlerTable = { [M in MethodName]: Handler<M> };

export type PartialHandlerTable<K extends MethodName> = { [M in K]: Handler<M> };

import type { MethodName, MethodOutput, MethodParsedInput } from '../../../shared/ipc/contract';

export interface CallContext {
  transport: 'electron' | 'shell' | 'in-process';
}

export type Handler<M extends MethodName> = (
  input: MethodParsedInput<M>,
  ctx: CallContext,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

/** The compiler rejects a table that lacks a handler for any contract method. */
export type HandlerTable = { [M in MethodName]: Handler<M> };

export type PartialHandlerTable<K extends MethodName> = { [M in K]: Handler<M> };

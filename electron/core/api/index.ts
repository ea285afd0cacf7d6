/**
 * The handler table: one thin handler per contract method, grouped by capability, behind one registrar
 * (validate input, call the handler, validate output, always answer a Result), plus the typed in-process invoker.
 */
export * from './createHandlers';
export * from './createInvoker';
export * from './createRegistrar';
export * from './handlerTable';
export * from './lockableHandlers';
export * from './readOnlyGate';
export * from './sessionGate';
export * from './sessionHandlers';

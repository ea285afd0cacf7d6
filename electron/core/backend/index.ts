/**
 * The composition root: createBackend wires the session, each open workspace's services, the handler table,
 * the registrar and background sync, top to bottom. Transports only plug in its registrar.
 */
export * from './createBackend';

/**
 * The case workspace's event bus: features announce (open a record at a page, insert a quote) without importing each other.
 */
export * from './workspaceEvents';

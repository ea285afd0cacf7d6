/**
 * The server's SQLite database: open and migrate.
 */
export * from './openServerDatabase';
export * from './serverDb';

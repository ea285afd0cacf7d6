/**
 * The server's database on SQLite (one file, the default) or PostgreSQL (several instances): open, migrate,
 * transactions, and how to tell "the database is unreachable" from a failed request.
 */
export * from './databaseConfig';
export * from './isDatabaseUnavailable';
export * from './openPostgresServerDb';
export * from './openServerDatabase';
export * from './serverDb';
export type * from './serverSchema';

/** Where the server keeps its tables: an SQLite file (default) or a PostgreSQL database. */
export type DatabaseConfig =
  | {
      engine: 'sqlite';
      file: string;
      /** 32-byte key: encrypts the file SQLCipher-style; null keeps it plain (the host's disk encryption covers it). */
      key?: Buffer | null;
    }
  | {
      engine: 'postgres';
      /** postgres://user:password@host:port/database (host may be a socket folder: ?host=/run/postgresql). */
      url: string;
      /** Connections this process keeps open at most (default 10). */
      poolSize?: number;
    };

/** The connection string without its password, for logs and messages. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.engine === 'sqlite') return `SQLite ${config.file}`;
  try {
    const url = new URL(config.url);
    if (url.password) url.password = '***';
    return `PostgreSQL ${url.toString()}`;
  } catch {
    return 'PostgreSQL (unparsable address)';
  }
}

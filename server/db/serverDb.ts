import type Database from 'better-sqlite3-multiple-ciphers';

export type ServerDb = Database.Database;

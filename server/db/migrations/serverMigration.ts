import type { ServerDb } from '../serverDb';

export interface ServerMigration {
  version: number;
  name: string;
  up(db: ServerDb): void;
}

import type { Db } from '../openDatabase';

export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}

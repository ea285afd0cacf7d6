import type { ServerDb } from '../db';

export interface ReviewerRow {
  id: string;
  displayName: string;
  createdAt: string;
}

export function insertReviewer(db: ServerDb, reviewer: ReviewerRow): void {
  db.prepare('insert into reviewers (id, display_name, created_at) values (?, ?, ?)').run(
    reviewer.id,
    reviewer.displayName,
    reviewer.createdAt,
  );
}

export function findReviewer(db: ServerDb, id: string): ReviewerRow | null {
  const row = db
    .prepare('select id, display_name as displayName, created_at as createdAt from reviewers where id = ?')
    .get(id) as ReviewerRow | undefined;
  return row ?? null;
}

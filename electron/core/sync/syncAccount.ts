import { z } from 'zod';
import { readSetting, writeSetting, type Db } from '../db';

/** 'sync.server' marks a synced workspace (openWorkspace reads it); the session holds the bearer token. */
export const SERVER_SETTING = 'sync.server';
export const SESSION_SETTING = 'sync.session';

const serverSchema = z.object({ url: z.string() });
const sessionSchema = z.object({
  token: z.string(),
  reviewerId: z.string(),
  displayName: z.string(),
  signedInAt: z.string(),
  /** The server refused the token; kept so the dialog can say whom to sign in as. */
  needsSignIn: z.boolean(),
});
export type SyncSession = z.infer<typeof sessionSchema>;

export interface SyncAccount {
  serverUrl: string | null;
  session: SyncSession | null;
}

export function readSyncAccount(db: Db): SyncAccount {
  const server = serverSchema.safeParse(readSetting(db, SERVER_SETTING));
  const session = sessionSchema.safeParse(readSetting(db, SESSION_SETTING));
  return { serverUrl: server.success ? server.data.url : null, session: session.success ? session.data : null };
}

export function writeSyncAccount(db: Db, serverUrl: string, session: SyncSession): void {
  writeSetting(db, SERVER_SETTING, { url: serverUrl });
  writeSetting(db, SESSION_SETTING, session);
}

export function markNeedsSignIn(db: Db): void {
  const { session } = readSyncAccount(db);
  if (session && !session.needsSignIn) writeSetting(db, SESSION_SETTING, { ...session, needsSignIn: true });
}

export function forgetSyncSession(db: Db): void {
  db.prepare('delete from settings where key = ?').run(SESSION_SETTING);
}

import { z } from 'zod';
import { defineMethod } from '../defineMethod';

/** Passphrases are NFC-normalised by the back end; a long one beats a clever one. */
export const MIN_PASSPHRASE_LENGTH = 10;
export const DEFAULT_AUTO_LOCK_MINUTES = 15;

/** NUL is refused: scrypt's HMAC pads keys with zero bytes, so "abc" and "abc\u0000" would derive the same key. */
const withoutNul = (schema: z.ZodString) =>
  schema.refine((s) => !s.includes('\u0000'), 'A passphrase cannot contain a NUL character');
const passphraseSchema = withoutNul(z.string().min(1).max(1024));
const newPassphraseSchema = withoutNul(z.string().min(MIN_PASSPHRASE_LENGTH).max(1024));

export const backupInfoSchema = z.object({
  file: z.string(),
  kind: z.enum(['daily', 'before-migration', 'manual', 'before-restore', 'before-sign-in']),
  createdAt: z.string(),
  sizeBytes: z.number().int().min(0),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

export const sessionStatusSchema = z.object({
  /** setup: choose a passphrase first; restore: the database is damaged and a backup must be restored. */
  state: z.enum(['setup', 'locked', 'unlocked', 'restore']),
  keyKind: z.enum(['safeStorage', 'keyFile', 'passphrase', 'static']),
  /** Set when the key is guarded by nothing but the folder (the demo key file): what that means, in words. */
  unprotected: z.string().nullable(),
  unlockWith: z.enum(['passphrase', 'os']),
  /** Why this workspace uses a passphrase (for example: no system keyring), shown on the lock screen. */
  reason: z.string().nullable(),
  /** What happened last: why it locked, or what is wrong with the database. */
  message: z.string().nullable(),
  lockReason: z.enum(['idle', 'manual', 'system', 'rekey']).nullable(),
  /** The back end asks the window to save and lock now (system sleep or screen lock). */
  lockRequested: z.boolean(),
  autoLockMinutes: z.number().int().min(1).max(240),
  backups: z.array(backupInfoSchema),
  /** Set at start-up when the audit trail is behind, or differs from, the head last anchored outside the workspace. */
  auditWarning: z.string().nullable().optional(),
});
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

const empty = z.object({}).strict();

export const sessionContract = {
  'session.status': defineMethod({
    summary: 'Whether the workspace is locked, and how to unlock it',
    input: empty,
    output: sessionStatusSchema,
  }),
  'session.setup': defineMethod({
    summary: 'Choose the passphrase that protects a new workspace key (only when the status is setup)',
    input: z.object({ passphrase: newPassphraseSchema }).strict(),
    output: sessionStatusSchema,
  }),
  'session.unlock': defineMethod({
    summary: 'Unlock with the passphrase, or with the operating system check when the key is in the keychain',
    input: z.object({ passphrase: passphraseSchema.optional() }).strict(),
    output: sessionStatusSchema,
  }),
  'session.lock': defineMethod({
    summary: 'Lock now: the database closes and the key leaves memory',
    input: z.object({ reason: z.enum(['idle', 'manual', 'system']).optional() }).strict(),
    output: sessionStatusSchema,
  }),
  'session.activity': defineMethod({
    summary: 'The reviewer is active (keeps the back end from locking on its own idle timer)',
    input: empty,
    output: z.object({ autoLockMinutes: z.number().int() }),
  }),
  'session.setAutoLock': defineMethod({
    summary: 'Set the idle time after which the workstation locks',
    input: z.object({ minutes: z.number().int().min(1).max(240) }).strict(),
    output: sessionStatusSchema,
  }),
  'session.changePassphrase': defineMethod({
    summary:
      'Change the passphrase. From a key file this turns the passphrase on and replaces the key; with rekey (after a suspected leak) the key is replaced too, re-encrypting the database, records and backups',
    input: z
      .object({ current: withoutNul(z.string().max(1024)), next: newPassphraseSchema, rekey: z.boolean().optional() })
      .strict(),
    output: sessionStatusSchema,
  }),
  'session.rekey': defineMethod({
    summary: 'Replace the database key with a new random key and re-encrypt the record files and backups',
    input: z.object({ passphrase: passphraseSchema.optional() }).strict(),
    output: z.object({ recordFiles: z.number().int(), backups: z.number().int() }),
  }),
  'session.restoreBackup': defineMethod({
    summary:
      'Restore the newest good backup (or the named one) when the database is damaged, or deliberately (the current database is backed up and kept aside first)',
    input: z
      .object({
        file: z
          .string()
          .max(300)
          .regex(/^[\w.-]+\.db$/)
          .optional(),
        deliberate: z.boolean().optional(),
      })
      .strict(),
    output: sessionStatusSchema,
  }),
} as const;

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { ensurePrivateDir, writeFileAtomic } from '../files';

/** The last audit event known to be in the trail, kept where copying an old database into the workspace cannot reach. */
export interface AnchoredHead {
  id: number;
  hash: string;
  at: string;
}

export interface AuditAnchorStore {
  /** In words, for reports: where the anchor lives. */
  readonly where: string;
  /** The anchored head; null when none was anchored for this folder; 'unreadable' when the file is damaged. */
  read(): AnchoredHead | null | 'unreadable';
  write(head: AnchoredHead): void;
}

/** How an anchor file is sealed: the OS keychain in the desktop app (safeStorage), none in the shell and CLI. */
export interface AnchorSealer {
  seal(text: string): Buffer;
  open(sealed: Buffer): string;
}

const anchorSchema = z.object({
  version: z.literal(1),
  workspace: z.string(),
  head: z.object({ id: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/), at: z.string() }),
});

/** Outside every workspace folder: the user's configuration folder (IMR_ANCHOR_DIR overrides it). */
export function defaultAnchorDir(): string {
  const override = process.env['IMR_ANCHOR_DIR'];
  if (override) return override;
  const config =
    process.env['XDG_CONFIG_HOME'] ??
    (process.platform === 'win32'
      ? (process.env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'))
      : join(homedir(), '.config'));
  return join(config, 'imr-workstation', 'audit-anchors');
}

/**
 * One file per workspace folder (named by a hash of its real path) in a folder outside it: a copy of an old database
 * or of the whole folder put in its place does not bring the anchor back with it. Sealed by the keychain when one is
 * given. It is a tripwire, not a proof: someone who can also replace this file can hide a rollback from it, which is
 * why the head also goes to the sync server with every signed package.
 */
export function fileAnchorStore(dir: string, dataDir: string, sealer?: AnchorSealer): AuditAnchorStore {
  const workspace = existsSync(dataDir) ? realpathSync(dataDir) : resolve(dataDir);
  const file = join(dir, `${createHash('sha256').update(workspace).digest('hex').slice(0, 32)}.anchor`);
  return {
    where: sealer ? `${file} (sealed by the system keychain)` : file,
    read() {
      if (!existsSync(file)) return null;
      try {
        const bytes = readFileSync(file);
        const text = sealer ? sealer.open(bytes) : bytes.toString('utf8');
        const parsed = anchorSchema.parse(JSON.parse(text));
        return parsed.workspace === workspace ? parsed.head : null;
      } catch {
        return 'unreadable';
      }
    },
    write(head) {
      ensurePrivateDir(dir);
      const text = JSON.stringify({ version: 1, workspace, head });
      writeFileAtomic(file, sealer ? sealer.seal(text) : text);
    },
  };
}

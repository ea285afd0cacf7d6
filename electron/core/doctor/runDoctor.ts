import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DoctorCheck } from '../../../shared/ipc';
import { verifyAgainstAnchor, type AuditAnchorStore } from '../audit';
import type { Db, KeyProvider } from '../db';
import { ownerOnlyPermissions, type PermissionFinding } from '../files';
import { KEY_FILE_NAME, hasWrappedKey } from '../keys';
import { isKeyProtected, UNPROTECTED_NOTE } from '../session';
import { removeClearPartialDownloads } from '../sync';
import { recordsDirOf, type Workspace } from '../workspace';
import { findOrphanedFiles } from './findOrphanedFiles';

export interface DoctorContext {
  fix: boolean;
  keyKind: KeyProvider['kind'];
  anchors: AuditAnchorStore | null;
  /** Files and folders the back end made owner-only when it started, before anyone asked. */
  repairedAtStart: number;
  openBackup: (file: string) => Db;
}

/**
 * `doctor`: what state the workspace is in, in words, and (with fix) the repairs that are safe: permissions, orphaned
 * record files and package folders that neither the database nor any backup refers to, clear partial downloads.
 */
export function runDoctor(ws: Workspace, ctx: DoctorContext): { checks: DoctorCheck[]; fixed: boolean } {
  const checks: DoctorCheck[] = [];
  let fixed = false;

  const loose = ownerOnlyPermissions(ws.dataDir, ctx.fix);
  if (loose.length > 0) fixed ||= ctx.fix;
  checks.push(permissionsCheck(loose, ctx));

  checks.push(
    isKeyProtected(ctx.keyKind)
      ? {
          name: 'protection',
          status: 'ok',
          message:
            ctx.keyKind === 'passphrase'
              ? 'The key is wrapped by your passphrase (scrypt, AES-256-GCM).'
              : ctx.keyKind === 'safeStorage'
                ? "The key is sealed by the operating system's keychain."
                : 'The key is held in memory only.',
        }
      : { name: 'protection', status: 'problem', message: UNPROTECTED_NOTE },
  );

  const keyFile = existsSync(join(ws.dataDir, KEY_FILE_NAME));
  const staged = ['workspace.key.next', 'workspace.key.wrapped.next', 'workspace.key.sealed.next'].filter((f) =>
    existsSync(join(ws.dataDir, f)),
  );
  checks.push(
    keyFile && hasWrappedKey(ws.dataDir)
      ? {
          name: 'key files',
          status: 'problem',
          message: `${KEY_FILE_NAME} is still beside the passphrase-wrapped key: unlock the workspace with the app, which replaces the key and destroys that file.`,
        }
      : staged.length > 0
        ? {
            name: 'key files',
            status: 'warning',
            message: `A key replacement is unfinished (${staged.join(', ')}): lock and unlock the workspace to finish it.`,
          }
        : {
            name: 'key files',
            status: 'ok',
            message: keyFile ? `${KEY_FILE_NAME} (demo key file).` : 'No stray key files.',
          },
  );

  const audit = verifyAgainstAnchor(ws.db, ctx.anchors);
  checks.push(
    audit.firstBroken
      ? {
          name: 'audit trail',
          status: 'problem',
          message: `Broken at event ${audit.firstBroken.id}: ${audit.firstBroken.problem}.`,
        }
      : { name: 'audit trail', status: 'ok', message: `${audit.events} event(s) chained; head ${audit.headHash}.` },
  );
  const anchor = audit.anchor;
  checks.push(
    !anchor
      ? { name: 'audit anchor', status: 'warning', message: 'This back end keeps no anchor of the audit head.' }
      : {
          name: 'audit anchor',
          status: anchor.state === 'ok' ? 'ok' : anchor.state === 'unanchored' ? 'warning' : 'problem',
          message: `${anchor.message} (${anchor.where})`,
        },
  );

  const orphans = findOrphanedFiles(ws.db, ws.dataDir, ctx.openBackup);
  if (orphans.unreadableBackups.length > 0)
    checks.push({
      name: 'orphaned files',
      status: 'warning',
      message: `Not checked: ${orphans.unreadableBackups.join(', ')} could not be read, and a record it refers to must not be called orphaned.`,
    });
  else if (orphans.records.length + orphans.packages.length === 0)
    checks.push({
      name: 'orphaned files',
      status: 'ok',
      message: 'Every record file and package folder is referred to.',
    });
  else {
    if (ctx.fix) {
      for (const location of orphans.records) rmSync(join(recordsDirOf(ws.dataDir), location), { force: true });
      for (const dir of orphans.packages) rmSync(join(ws.dataDir, dir), { recursive: true, force: true });
      fixed = true;
    }
    checks.push({
      name: 'orphaned files',
      status: ctx.fix ? 'fixed' : 'warning',
      message: `${orphans.records.length} record file(s) and ${orphans.packages.length} package folder(s) that neither the database nor any backup refers to${
        ctx.fix ? ' were deleted' : ' (run doctor --fix to delete them)'
      }.`,
    });
  }

  const clear = removeClearPartialDownloads(ws.dataDir, ctx.fix);
  if (clear > 0 && ctx.fix) fixed = true;
  checks.push({
    name: 'downloads',
    status: clear === 0 ? 'ok' : ctx.fix ? 'fixed' : 'problem',
    message:
      clear === 0
        ? 'Interrupted downloads are encrypted.'
        : `${clear} interrupted download(s) kept in clear by an older version${ctx.fix ? ' were deleted' : ' (run doctor --fix)'}.`,
  });
  return { checks, fixed };
}

function permissionsCheck(loose: readonly PermissionFinding[], ctx: DoctorContext): DoctorCheck {
  const name = 'permissions';
  if (loose.length === 0)
    return ctx.repairedAtStart > 0
      ? {
          name,
          status: 'fixed',
          message: `${ctx.repairedAtStart} file(s) or folder(s) others could read were made owner-only when the workspace opened.`,
        }
      : { name, status: 'ok', message: 'Every file is owner-only (0600) and every folder owner-only (0700).' };
  const listed = `${loose
    .slice(0, 5)
    .map((f) => `${f.path || '.'} (${f.found})`)
    .join(', ')}${loose.length > 5 ? ', …' : ''}`;
  if (ctx.fix)
    return {
      name,
      status: 'fixed',
      message: `${loose.length} file(s) or folder(s) others could read were made owner-only: ${listed}.`,
    };
  // Inside an owner-only workspace folder a looser mode lets no one in (start-up makes the folder and what it holds
  // directly owner-only): worth tightening, not an exposure.
  if (!loose.some((f) => f.path === ''))
    return {
      name,
      status: 'warning',
      message:
        `${loose.length} file(s) or folder(s) inside the workspace folder are not owner-only: ${listed}. ` +
        'The workspace folder is, so no one else can reach them (run doctor --fix to tighten them).',
    };
  return { name, status: 'problem', message: `${loose.length} file(s) or folder(s) others could read: ${listed}.` };
}

import { chmodSync, lstatSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface PermissionFinding {
  /** Relative to the folder that was checked ('' for the folder itself). */
  path: string;
  kind: 'file' | 'folder';
  /** The mode found, as octal text (e.g. "644"). */
  found: string;
  /** Whether it was changed to owner-only. */
  repaired: boolean;
}

/**
 * Finds every file and folder under `root` (itself included) that anyone but its owner may read, write or enter, and
 * makes it owner-only when `repair` is set: the group and other bits are cleared, the owner's are kept (a new file is
 * written 0600, a new folder 0700). Symbolic links are neither followed nor changed.
 * Windows has no such modes (ACLs inherit from the user's profile), so nothing is reported there.
 * `maxDepth` 1 checks the folder and what it holds directly: enough at start-up, because an owner-only folder already
 * keeps everyone else out of all it contains, and a walk of every record file would grow with the workspace.
 */
export function ownerOnlyPermissions(
  root: string,
  repair: boolean,
  maxDepth = Number.POSITIVE_INFINITY,
): PermissionFinding[] {
  if (process.platform === 'win32') return [];
  const findings: PermissionFinding[] = [];
  const visit = (path: string, depth: number): void => {
    const stat = lstatSync(path, { throwIfNoEntry: false });
    if (!stat || stat.isSymbolicLink()) return;
    const folder = stat.isDirectory();
    if (!folder && !stat.isFile()) return;
    const mode = stat.mode & 0o777;
    if ((mode & 0o077) !== 0) {
      if (repair) chmodSync(path, mode & 0o700);
      findings.push({
        path: relative(root, path),
        kind: folder ? 'folder' : 'file',
        found: mode.toString(8),
        repaired: repair,
      });
    }
    if (folder && depth < maxDepth) for (const name of readdirSync(path)) visit(join(path, name), depth + 1);
  };
  visit(root, 0);
  return findings;
}

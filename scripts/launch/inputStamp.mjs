// @ts-check
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SKIPPED = new Set(['node_modules', 'dist', '.git', '.tsbuild']);

/**
 * A fingerprint of every file under the given paths (name, size, modification time): a build whose stamp matches
 * is at least as new as its sources. Walking the source folders takes a few milliseconds.
 * @param {string} root
 * @param {readonly string[]} inputs files or folders, relative to root
 * @returns {string}
 */
export function inputStamp(root, inputs) {
  /** @type {string[]} */
  const entries = [];
  const name = (/** @type {string} */ path) => path.slice(root.length + 1);
  const file = (/** @type {string} */ path) => {
    const info = statSync(path, { throwIfNoEntry: false });
    entries.push(info ? `${name(path)}\0${info.size}\0${info.mtimeMs}` : `${name(path)}\0missing`);
  };
  const folder = (/** @type {string} */ path) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      if (SKIPPED.has(entry.name)) continue;
      const child = join(path, entry.name);
      if (entry.isDirectory()) folder(child);
      else file(child);
    }
  };
  const visit = (/** @type {string} */ path) => {
    const info = statSync(path, { throwIfNoEntry: false });
    if (info?.isDirectory()) folder(path);
    else file(path);
  };
  for (const input of inputs) visit(join(root, input));
  return createHash('sha256').update(entries.join('\n')).digest('hex');
}

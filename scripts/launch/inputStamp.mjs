// @ts-check
import { fs } from './nodeFs.mjs';

const SKIPPED = new Set(['node_modules', 'dist', '.git', '.tsbuild']);

/**
 * A fingerprint of every file under the given paths (name, size, modification time): a build whose stamp matches
 * is at least as new as its sources. It is the list itself, not a hash of it: hashing would load node:crypto on
 * every `npm run cli` (milliseconds of a command that should answer in tens), and the list says what changed.
 * @param {string} root
 * @param {readonly string[]} inputs files or folders, relative to root
 * @returns {string}
 */
export function inputStamp(root, inputs) {
  /** @type {string[]} */
  const entries = [];
  /** @param {string} name relative to root */
  const visit = (name) => {
    const info = fs.statSync(`${root}/${name}`, { throwIfNoEntry: false });
    if (!info) entries.push(`${name}\0missing`);
    else if (!info.isDirectory()) entries.push(`${name}\0${info.size}\0${info.mtimeMs}`);
    else for (const child of fs.readdirSync(`${root}/${name}`)) if (!SKIPPED.has(child)) visit(`${name}/${child}`);
  };
  for (const input of inputs) visit(input);
  return entries.join('\n');
}

// @ts-check
// `npm run build [renderer|node|electron ...] [--force]`: builds the named targets (all by default) when stale.
import './launch/requireNode.mjs';
import { BUILD_TARGETS } from './launch/buildTargets.mjs';
import { ensureBuilt } from './launch/ensureBuilt.mjs';

const args = process.argv.slice(2);
const force = args.includes('--force');
const names = args.filter((a) => a !== '--force');
const unknown = names.filter((n) => !(n in BUILD_TARGETS));
if (unknown.length > 0) {
  console.error(
    `Unknown build target ${unknown.join(', ')}; the targets are ${Object.keys(BUILD_TARGETS).join(', ')}.`,
  );
  process.exit(2);
}
const targets = /** @type {(keyof typeof BUILD_TARGETS)[]} */ (names.length > 0 ? names : Object.keys(BUILD_TARGETS));
for (const name of targets)
  if (!(await ensureBuilt(name, { force }))) console.error(`${BUILD_TARGETS[name].label}: up to date`);

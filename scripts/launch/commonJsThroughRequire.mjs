// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const NAMESPACE = 'through-require';

/**
 * Makes an ESM bundle load what stays outside it — Node's built-ins and the external packages written as CommonJS —
 * with `require` (the bundle's banner defines it) rather than `import`. Importing CommonJS or a built-in from ESM
 * costs start-up for nothing: Node parses the module's source for its export names (cjs-module-lexer) and builds a
 * facade that reads every export, and some exports are getters that load more (`fs.ReadStream` loads the streams).
 * For the command line's `list` that was about 6 ms of 60 (better-sqlite3 alone: 9 ms imported, 5 ms required).
 * esbuild's interop reads each export where the code uses it. ESM packages keep their `import`.
 * @param {string} root the project folder
 * @returns {ThroughRequire}
 */
export function commonJsThroughRequire(root) {
  const resolveFromRoot = createRequire(join(root, 'package.json')).resolve;
  return {
    namespace: NAMESPACE,
    /** Whether this package specifier (already judged to stay outside the bundle) is CommonJS. */
    claims(specifier) {
      let file;
      try {
        file = resolveFromRoot(specifier);
      } catch {
        return false;
      }
      return isCommonJs(file);
    },
    plugin: {
      name: 'commonjs-through-require',
      setup(build) {
        build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
          contents: `module.exports = require(${JSON.stringify(args.path)});`,
          loader: 'js',
        }));
      },
    },
  };
}

/**
 * @typedef {{ namespace: string, claims(specifier: string): boolean, plugin: import('esbuild').Plugin }} ThroughRequire
 */

/** @param {string} file */
function isCommonJs(file) {
  if (file.endsWith('.cjs') || file.endsWith('.node')) return true;
  if (!file.endsWith('.js')) return false;
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) return JSON.parse(readFileSync(pkg, 'utf8'))['type'] !== 'module';
  }
  return true;
}

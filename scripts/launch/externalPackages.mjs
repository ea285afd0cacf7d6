// @ts-check
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

const NATIVE_LOADERS = ['bindings', 'node-gyp-build', 'prebuild-install', 'node-addon-api', '@mapbox/node-pre-gyp'];
const PLATFORM_PACKAGE = /-(linux|darwin|win32|android|freebsd)-/;
const SELF_LOCATING = /__dirname|__filename|import\.meta\.url|require\.resolve\s*\(/;
const SOURCE_FILE = /\.(c|m)?js$/;

/**
 * Which npm packages stay outside a bundle, decided per package rather than by a list of names: a package with
 * native code (an addon, prebuilt binaries, per-platform binary packages) or one that finds its own files at run
 * time (worker scripts, data files, fonts, next to its code) only works from its own folder in node_modules. Every
 * other package is bundled, so a command does not read hundreds of small module files when it starts.
 * @param {string} root the project folder
 * @returns {(name: string) => { external: boolean, reason: string }}
 */
export function createPackageClassifier(root) {
  /** @type {Map<string, { external: boolean, reason: string }>} */
  const decided = new Map();
  return (name) => {
    let decision = decided.get(name);
    if (!decision) {
      decision = classify(join(root, 'node_modules', name));
      decided.set(name, decision);
    }
    return decision;
  };
}

/** @param {string} dir */
function classify(dir) {
  if (!existsSync(join(dir, 'package.json'))) return { external: true, reason: 'not installed here' };
  /** @type {Record<string, unknown>} */
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const deps = { .../** @type {object} */ (pkg['dependencies'] ?? {}) };
  const optional = Object.keys(/** @type {object} */ (pkg['optionalDependencies'] ?? {}));
  if (pkg['gypfile'] || pkg['binary'] || existsSync(join(dir, 'binding.gyp')) || existsSync(join(dir, 'prebuilds')))
    return { external: true, reason: 'native addon' };
  if (NATIVE_LOADERS.some((loader) => loader in deps)) return { external: true, reason: 'loads a native addon' };
  if (optional.some((o) => PLATFORM_PACKAGE.test(o))) return { external: true, reason: 'per-platform binaries' };
  const file = firstSelfLocatingFile(dir);
  return file
    ? { external: true, reason: `finds its own files at run time (${file})` }
    : { external: false, reason: 'plain JavaScript' };
}

/** @param {string} dir */
function firstSelfLocatingFile(dir) {
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !SOURCE_FILE.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    if (SELF_LOCATING.test(readFileSync(path, 'utf8'))) return path.slice(dir.length + 1);
  }
  return null;
}

/** @param {string} specifier */
export function packageNameOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/**
 * The esbuild plugin that applies the classifier to every bare import.
 * @param {string} root
 * @param {readonly string[]} [alwaysExternal] modules the runtime provides itself (`electron` in Electron's main process)
 * @param {import('./commonJsThroughRequire.mjs').ThroughRequire} [throughRequire] loads the CommonJS ones with require
 * @returns {import('esbuild').Plugin}
 */
export function externalPackagesPlugin(root, alwaysExternal = [], throughRequire) {
  const classify = createPackageClassifier(root);
  const builtins = new Set(builtinModules);
  /** @param {string} path @param {boolean} commonJs */
  const outside = (path, commonJs) =>
    throughRequire && commonJs ? { path, namespace: throughRequire.namespace } : { path, external: true };
  return {
    name: 'external-packages',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        // The `require` that loads it, in the module standing in for it.
        if (args.namespace === throughRequire?.namespace) return { path: args.path, external: true };
        if (args.path.startsWith('node:') || builtins.has(args.path)) return outside(args.path, true);
        const name = packageNameOf(args.path);
        if (alwaysExternal.includes(name) || classify(name).external)
          return outside(args.path, throughRequire?.claims(args.path) ?? false);
        return undefined;
      });
      if (throughRequire) throughRequire.plugin.setup(build);
    },
  };
}

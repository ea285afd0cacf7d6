// @ts-check
import { join, sep } from 'node:path';

/**
 * Tells esbuild that the project's own modules under these folders do nothing when imported but define things (lint
 * keeps import-for-effect statements out of them), as `"sideEffects": false` says of a package. A bundle then leaves
 * out every module whose exports it does not use: the command line's quick `list` loads neither zod nor the contract,
 * although the modules it uses sit in folders whose index re-exports them.
 * @param {string} root the project folder
 * @param {readonly string[]} folders relative to root
 * @returns {import('esbuild').Plugin}
 */
export function sourcesWithoutSideEffectsPlugin(root, folders) {
  const prefixes = folders.map((folder) => join(root, folder) + sep);
  return {
    name: 'sources-without-side-effects',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, async (args) => {
        if (args.pluginData === 'resolving') return undefined;
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: 'resolving',
        });
        if (resolved.errors.length > 0 || !prefixes.some((prefix) => resolved.path.startsWith(prefix)))
          return undefined;
        return { path: resolved.path, sideEffects: false };
      });
    },
  };
}

// @ts-check
import { join } from 'node:path';
import { fs } from './nodeFs.mjs';

/**
 * What `npm start`, `npm run cli` and `npm run build` build, from which sources. Each target is rebuilt only when
 * the stamp of its inputs (inputStamp.mjs) differs from the one written after its last build.
 * @typedef {{ label: string, inputs: string[], outputs: string[], build: (root: string) => Promise<void> }} BuildTarget
 */

const BACK_END_INPUTS = ['electron', 'shared', 'package-lock.json', 'scripts/launch'];

// ESM bundles run `require` through esbuild's shim, which throws; code that resolves package files with
// require.resolve (fonts, pdf.js) gets Node's real one.
const REQUIRE_BANNER =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

/** @type {Record<'renderer' | 'node' | 'electron', BuildTarget>} */
export const BUILD_TARGETS = {
  renderer: {
    label: 'the window (renderer)',
    inputs: ['renderer', 'shared', 'vite.config.ts', 'package-lock.json', 'scripts/launch'],
    outputs: ['dist/renderer/index.html'],
    async build(root) {
      const { build } = await import('vite');
      // Vite bundles React's development build when NODE_ENV says anything else (a test runner's 'test', say):
      // the window always gets the production one.
      const before = process.env['NODE_ENV'];
      process.env['NODE_ENV'] = 'production';
      try {
        await build({
          root: join(root, 'renderer'),
          configFile: join(root, 'vite.config.ts'),
          mode: 'production',
          logLevel: 'warn',
        });
      } finally {
        if (before === undefined) delete process.env['NODE_ENV'];
        else process.env['NODE_ENV'] = before;
      }
    },
  },
  node: {
    label: 'the browser shell and the command line',
    inputs: BACK_END_INPUTS,
    outputs: ['dist/node/shell.mjs', 'dist/node/cli.mjs'],
    async build(root) {
      const [{ build }, { externalPackagesPlugin }, { sourcesWithoutSideEffectsPlugin }, { commonJsThroughRequire }] =
        await Promise.all([
          import('esbuild'),
          import('./externalPackages.mjs'),
          import('./sourcesWithoutSideEffects.mjs'),
          import('./commonJsThroughRequire.mjs'),
        ]);
      // Built beside the old bundle and swapped in, so a command that starts meanwhile never sees half a bundle.
      const outdir = join(root, 'dist', 'node');
      const staging = `${outdir}.building-${process.pid}`;
      fs.rmSync(staging, { recursive: true, force: true });
      await build({
        absWorkingDir: root,
        entryPoints: { shell: 'electron/shell/startShell.ts', cli: 'electron/cli/main.ts' },
        outdir: staging,
        outExtension: { '.js': '.mjs' },
        chunkNames: 'chunks/[name]-[hash]',
        bundle: true,
        splitting: true,
        platform: 'node',
        format: 'esm',
        target: 'node22',
        sourcemap: true,
        logLevel: 'warning',
        banner: { js: REQUIRE_BANNER },
        // A package's ESM build where it has one: an import() of it then has its named exports (a CommonJS
        // module in a split chunk would only have a default export, unlike under Node).
        mainFields: ['module', 'main'],
        plugins: [
          externalPackagesPlugin(root, [], commonJsThroughRequire(root)),
          sourcesWithoutSideEffectsPlugin(root, ['electron', 'shared']),
        ],
      });
      fs.rmSync(outdir, { recursive: true, force: true });
      fs.renameSync(staging, outdir);
    },
  },
  electron: {
    label: 'the Electron main process and preload',
    inputs: BACK_END_INPUTS,
    outputs: ['dist/electron/main.cjs', 'dist/electron/preload.cjs'],
    async build(root) {
      const [{ build }, { externalPackagesPlugin }] = await Promise.all([
        import('esbuild'),
        import('./externalPackages.mjs'),
      ]);
      /** @type {import('esbuild').BuildOptions} */
      const common = {
        absWorkingDir: root,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node22',
        sourcemap: true,
        logLevel: 'warning',
        mainFields: ['module', 'main'],
        // import.meta.url (used to resolve package files) means this file in a CommonJS bundle too.
        banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
        define: { 'import.meta.url': '__importMetaUrl' },
        plugins: [externalPackagesPlugin(root, ['electron'])],
      };
      await build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs' });
      await build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs' });
    },
  },
};

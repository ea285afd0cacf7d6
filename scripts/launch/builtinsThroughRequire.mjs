// @ts-check

/**
 * Makes a bundle load Node's built-in modules with `require` (the bundle's banner defines it), not with `import`. An
 * ESM import of a built-in makes Node build an ESM facade that reads every export, and some exports are getters that
 * load more modules (`fs.ReadStream` loads the streams; `crypto.webcrypto` the Web Crypto API): a few milliseconds of
 * every start, where the command line has tens. esbuild's own interop then reads each export where it is used.
 * @returns {import('esbuild').Plugin}
 */
export function builtinsThroughRequirePlugin() {
  const namespace = 'node-builtin';
  return {
    name: 'builtins-through-require',
    setup(build) {
      build.onResolve({ filter: /^node:/ }, (args) =>
        args.namespace === namespace ? { path: args.path, external: true } : { path: args.path, namespace },
      );
      build.onLoad({ filter: /.*/, namespace }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(args.path)});`,
        loader: 'js',
      }));
    },
  };
}

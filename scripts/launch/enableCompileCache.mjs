// @ts-check
import module from 'node:module';
import { join } from 'node:path';
import { ROOT } from './ensureBuilt.mjs';

/**
 * Node keeps the compiled code of the bundles on disk and reuses it on the next start (a bundle's code is
 * compiled from scratch otherwise, every time). Modules imported after this call use the cache.
 */
export function enableCompileCache() {
  module.enableCompileCache?.(join(ROOT, 'dist', '.compile-cache'));
}

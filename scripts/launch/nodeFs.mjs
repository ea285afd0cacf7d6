// @ts-check
import { createRequire } from 'node:module';

/**
 * node:fs for the launchers, loaded with require: an ESM import of node:fs makes Node build its ESM facade, which
 * reads every export and so loads the stream modules behind `fs.ReadStream` (2–3 ms of every `npm run cli`). The
 * bundles do the same for every built-in (commonJsThroughRequire.mjs).
 * @type {typeof import('node:fs')}
 */
export const fs = createRequire(import.meta.url)('node:fs');

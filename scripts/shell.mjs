// @ts-check
// `npm run shell`: the browser shell alone (no Electron), from its bundle, rebuilt first only when a source changed.
import './launch/requireNode.mjs';
import { ensureBuilt, nodeBundleUrl } from './launch/ensureBuilt.mjs';
import { enableCompileCache } from './launch/enableCompileCache.mjs';

await ensureBuilt('renderer');
await ensureBuilt('node');
enableCompileCache();
await import(nodeBundleUrl('shell'));

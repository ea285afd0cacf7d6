// @ts-check
// `npm run cli -- <command>`: runs the command line from its bundle, rebuilt first only when a source changed.
import './launch/requireNode.mjs';
import { ensureBuilt, nodeBundleUrl } from './launch/ensureBuilt.mjs';
import { enableCompileCache } from './launch/enableCompileCache.mjs';

await ensureBuilt('node');
enableCompileCache();
await import(nodeBundleUrl('cli'));

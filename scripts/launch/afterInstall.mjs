// @ts-check
// npm's postinstall: runs with node_modules/.bin first on the PATH, so `node` here is the Node the scripts will use.
import './requireNode.mjs';
import { execFileSync } from 'node:child_process';

const npmNode = process.env['npm_node_execpath'];
if (npmNode && npmNode !== process.execPath) {
  const version = execFileSync(npmNode, ['-p', 'process.version'], { encoding: 'utf8' }).trim();
  if (version !== process.version)
    console.log(
      `npm itself ran on Node ${version}; every npm script of this project (start, test, cli, bench) runs on Node ${process.version} from node_modules, so engine warnings above about Node ${version} do not apply to them.`,
    );
}

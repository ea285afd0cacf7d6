// @ts-check
// Plain JavaScript on purpose: this runs first, on whatever Node the machine has, before anything is compiled,
// so that an old Node stops with one sentence instead of crashing later (Node 20 segfaults in the SQLite module).
import { dirname, join } from 'node:path';
import { fs } from './nodeFs.mjs';
import { fileURLToPath } from 'node:url';

const MIN_MAJOR = 22;
const MIN_MINOR = 13;

/** Null when this Node can run the workstation, else the one sentence that says what to run. */
export function nodeProblem(version = process.versions.node, platform = `${process.platform}-${process.arch}`) {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  if (major > MIN_MAJOR || (major === MIN_MAJOR && minor >= MIN_MINOR)) return null;
  const need = `The workstation needs Node.js ${MIN_MAJOR}.${MIN_MINOR} or newer, but this is Node ${version}`;
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  if (platform !== 'linux-x64')
    return `${need}, and npm has no Node 22 package for ${platform} in this project: run \`nvm install 22\` (or install Node 22 from https://nodejs.org), then run this command again.`;
  if (fs.existsSync(join(root, 'node_modules', '.bin', 'node')))
    return `${need}: run it through npm (\`npm start\`, \`npm test\`, \`npm run cli -- <command>\`), which uses the Node 22 that \`npm install\` put in node_modules.`;
  return `${need}: run \`npm install\`, which brings Node 22 for every npm script, then run this command again.`;
}

const problem = nodeProblem();
if (problem) {
  console.error(problem);
  process.exit(1);
}

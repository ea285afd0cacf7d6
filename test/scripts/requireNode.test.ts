import { describe, expect, it } from 'vitest';
import { nodeProblem } from '../../scripts/launch/requireNode.mjs';

describe('the Node version check every npm script runs first', () => {
  it('accepts Node 22.13 and newer', () => {
    for (const version of ['22.13.0', '22.23.5', '24.1.0', '26.0.0'])
      expect(nodeProblem(version, 'linux-x64')).toBeNull();
  });

  it('names one command for an older Node: npm install on Linux x64, where npm brings Node 22', () => {
    for (const version of ['20.20.2', '22.12.0', '18.19.1']) {
      const problem = nodeProblem(version, 'linux-x64');
      expect(problem).toMatch(new RegExp(`this is Node ${version.replace(/\./g, '\\.')}`));
      // This checkout has node_modules/.bin/node, so the fix is to go through npm, which puts it first.
      expect(problem).toMatch(/run it through npm \(`npm start`/);
      expect(problem, 'one sentence').not.toMatch(/[.!?]\s+[A-Z]/);
    }
  });

  it('names nvm elsewhere, where the npm registry has no Node 22 package for this project', () => {
    expect(nodeProblem('20.20.2', 'darwin-arm64')).toMatch(/no Node 22 package for darwin-arm64.*`nvm install 22`/);
  });
});

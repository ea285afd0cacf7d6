import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../../scripts/launch/ensureBuilt.mjs';

/** The bundle files a module loads before any of its code runs: itself and its static imports, transitively. */
function staticImportClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, from] of readFileSync(file, 'utf8').matchAll(/^import\s(?:[^;]*?\sfrom\s)?"(\.[^"]+)"/gm))
    staticImportClosure(resolve(dirname(file), from ?? ''), seen);
  return seen;
}

/** The source files esbuild put in these bundle files (it names each in a comment above its code). */
const sourcesIn = (files: Iterable<string>) =>
  [...files].flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/^\/\/ ((?:node_modules\/)?[\w@./-]+\.[cm]?[jt]sx?)$/gm)].map(
      (m) => m[1] ?? '',
    ),
  );

// `list` answers in tens of milliseconds only if the command line starts without what only the back end needs:
// bench/cli.bench.ts measures the time, this says which code is loaded.
describe('the command line bundle', () => {
  let files: Set<string>;
  let sources: string[];
  beforeAll(async () => {
    await ensureBuilt('node');
    files = staticImportClosure(join(ROOT, 'dist', 'node', 'cli.mjs'));
    sources = sourcesIn(files);
  }, 120_000);

  it('loads the quick `list` and the case queries it shares with the back end at start', () => {
    expect(sources).toContain('electron/cli/listCommand.ts');
    expect(sources).toContain('electron/core/quickRead/readWorkspaceQuickly.ts');
    expect(sources).toContain('electron/core/cases/listCaseSummaries.ts');
  });

  it('loads neither zod, the contract, the back end nor the other commands until a command needs them', () => {
    expect(sources.filter((s) => s.startsWith('node_modules/'))).toEqual([]);
    expect(sources.filter((s) => s.startsWith('shared/ipc/contract'))).toEqual([]);
    expect(sources.filter((s) => s.startsWith('electron/core/backend/'))).toEqual([]);
    expect(sources).not.toContain('electron/cli/cliCommands.ts');
    const bytes = [...files].reduce((sum, file) => sum + readFileSync(file).length, 0);
    expect(bytes, 'bytes of code loaded at start').toBeLessThan(100_000);
  });

  it("loads what stays outside it (Node's built-ins, SQLCipher) with require: an ESM import of those costs start-up", () => {
    const code = [...files].map((file) => readFileSync(file, 'utf8')).join('\n');
    const outsideImports = [...code.matchAll(/^import\s[^;]*?\sfrom\s"([^".][^"]*)"/gm)].map((m) => m[1]);
    expect(outsideImports).toEqual([]);
    expect(code).toContain('require("better-sqlite3-multiple-ciphers")');
    expect(code).toContain('require("node:fs")');
  });
});

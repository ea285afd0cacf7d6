import { describe, expect, it } from 'vitest';
import { cyclesOf, importsOf, sourceFiles } from './importGraph';

/** The capability folder a file belongs to, one level under `root` (files directly in `root` form their own room). */
function folderOf(root: string, file: string): string | null {
  if (!file.startsWith(`${root}/`)) return null;
  const [first, ...rest] = file.slice(root.length + 1).split('/');
  return rest.length === 0 ? root : `${root}/${first}`;
}

function folderGraph(root: string): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(root)) {
    const from = folderOf(root, file);
    if (!from) continue;
    const targets = graph.get(from) ?? new Set<string>();
    graph.set(from, targets);
    for (const target of importsOf(file)) {
      const to = folderOf(root, target);
      if (to && to !== from) targets.add(to);
    }
  }
  return graph;
}

describe('capability folders', () => {
  it.each(['electron/core', 'shared', 'shared/domain', 'server', 'renderer/src/features'])(
    'import each other without cycles in %s',
    (root) => {
      expect(cyclesOf(folderGraph(root))).toEqual([]);
    },
  );

  it('finds a cycle when two folders import each other (the check itself works)', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])],
    ]);
    expect(cyclesOf(graph)).toEqual([['a', 'b', 'c']]);
  });
});

describe('files', () => {
  it('import each other without cycles anywhere in the tree', () => {
    const graph = new Map<string, Set<string>>();
    for (const root of ['electron', 'shared', 'renderer', 'server', 'test', 'bench', 'scripts']) {
      for (const file of sourceFiles(root)) graph.set(file, new Set(importsOf(file)));
    }
    expect(cyclesOf(graph)).toEqual([]);
  });
});

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const REPO_ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..', '..');
const SKIP = new Set(['node_modules', 'dist', '.tsbuild', '.git', 'test-artifacts', 'bench-artifacts', 'release']);
const SOURCE = /\.(ts|tsx)$/;

/** Every TypeScript file under `dir` (relative to the repository), skipping build output and dependencies. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (abs: string) => {
    for (const entry of readdirSync(abs)) {
      if (SKIP.has(entry)) continue;
      const path = join(abs, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (SOURCE.test(entry) && !entry.endsWith('.d.ts')) out.push(relative(REPO_ROOT, path));
    }
  };
  walk(join(REPO_ROOT, dir));
  return out.sort();
}

/** The repository files a file imports (static, dynamic and type-only), as TypeScript's own pre-parser reads them. */
export function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(join(REPO_ROOT, file), 'utf8'), true, true);
  return info.importedFiles
    .map((i) => i.fileName)
    .flatMap((spec) => {
      if (!spec.startsWith('.')) return [];
      const base = join(dirname(file), spec);
      const hit = ['', '.ts', '.tsx', '/index.ts']
        .map((ext) => base + ext)
        .find((p) => existsSync(join(REPO_ROOT, p)) && statSync(join(REPO_ROOT, p)).isFile());
      return hit ? [hit] : [];
    });
}

/** Strongly connected groups of more than one node (or a node importing itself): each is an import cycle. */
export function cyclesOf(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const onStack = new Set<string>();
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    indexOf.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indexOf.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, indexOf.get(next)!));
    }
    if (low.get(node) === indexOf.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1 || graph.get(node)?.has(node)) cycles.push(group.sort());
    }
  };
  for (const node of graph.keys()) if (!indexOf.has(node)) visit(node);
  return cycles;
}

import { readFileSync } from 'node:fs';

/** The most memory a process has held resident since it started (Linux VmHWM), in MiB. */
export function readPeakRssMiB(pid: number): number {
  const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (!kb) throw new Error(`No VmHWM for process ${pid}`);
  return Number(kb) / 1024;
}

/** The shell's own Node process under `npm start` (npm, then sh, then node): the deepest descendant. */
export function deepestDescendant(pid: number): number {
  for (;;) {
    let children: string[];
    try {
      children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    } catch {
      return pid;
    }
    const next = Number(children.at(-1));
    if (!next) return pid;
    pid = next;
  }
}

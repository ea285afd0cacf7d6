import { existsSync, readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

/** utime + stime of a Linux process in seconds, with its parent pid; null when it is gone. */
function statOf(pid: number): { cpu: number; parent: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { cpu: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND, parent: Number(fields[1]) };
  } catch {
    return null;
  }
}

/** CPU seconds used so far by these processes and all their children (Linux; 0 elsewhere). */
export function processTreeCpu(roots: readonly number[]): number {
  if (!existsSync('/proc/self/stat')) return 0;
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
  const stats = new Map(all.map((pid) => [pid, statOf(pid)] as const));
  const inTree = (pid: number): boolean => {
    for (let at: number | undefined = pid, hops = 0; at && hops < 64; hops++) {
      if (roots.includes(at)) return true;
      at = stats.get(at)?.parent;
    }
    return false;
  };
  let total = 0;
  for (const [pid, stat] of stats) if (stat && inTree(pid)) total += stat.cpu;
  return total;
}

/** The postmaster's pid from a cluster's data folder. */
export function postmasterPid(dataDir: string): number {
  return Number(readFileSync(`${dataDir}/postmaster.pid`, 'utf8').split('\n')[0]);
}

import { spawnServerProcess, type ServerProcess } from '../../test/server/support/spawnServerProcess';

export interface Scenario {
  /** Each instance's address; the load generator takes them in turn, as a round-robin balancer would. */
  urls: string[];
  /** The instances' process ids (for CPU accounting). */
  pids: number[];
  /** What the instances printed (their warnings and errors), for a run that failed. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * `instances` server processes (server/main.ts) on one database, each in its own Node process. No balancer process
 * sits in front: the load generator alternates between them itself, so a proxy takes no CPU from the servers.
 */
export async function startScenario(env: Record<string, string>, instances: number): Promise<Scenario> {
  const processes: ServerProcess[] = [];
  for (let i = 0; i < instances; i++) {
    processes.push(
      await spawnServerProcess({
        IMR_SERVER_NO_DEMO: '1',
        IMR_SERVER_LOG: 'warn',
        IMR_BACKGROUND_INTERVAL_S: '3600',
        IMR_AUTH_MAX_FAILURES: '100000',
        ...env,
      }),
    );
  }
  return {
    urls: processes.map((p) => p.url),
    pids: processes.map((p) => p.child.pid ?? 0),
    output: () => processes.map((p) => p.output().slice(-4000)).join('\n---\n'),
    async stop() {
      for (const server of processes) {
        server.child.kill('SIGTERM');
        await server.exited;
      }
    },
  };
}

import type { ServerDb } from '../db';
import type { Leadership } from './leadership';

export interface BackgroundWorker {
  isLeader(): boolean;
  /** Rounds of work this instance ran (tests and readiness read it). */
  readonly runs: number;
  /** Stops the timer, waits for a round in progress and gives up the lead. */
  stop(): Promise<void>;
}

export interface WorkerLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

/** Every interval: take or keep the lead, and if this instance leads, run the work on the leader's connection. */
export function startBackgroundWorker(
  leadership: Leadership,
  intervalMs: number,
  work: (db: ServerDb) => Promise<object>,
  log: WorkerLog,
): BackgroundWorker {
  let runs = 0;
  let stopped = false;
  let wasLeader = false;
  let current: Promise<void> = Promise.resolve();
  const round = async (): Promise<void> => {
    const db = await leadership.acquire();
    if (stopped) return;
    if (Boolean(db) !== wasLeader) {
      wasLeader = Boolean(db);
      log.info(
        { leader: wasLeader },
        wasLeader ? 'this instance now runs background work' : 'background work moved to another instance',
      );
    }
    if (!db) return;
    try {
      const report = await work(db);
      runs += 1;
      log.info({ ...report }, 'background work done');
    } catch (error) {
      log.warn({ err: error }, 'background work failed; the next round tries again');
    }
  };
  let busy = false;
  const tick = (): void => {
    if (busy || stopped) return;
    busy = true;
    current = round().finally(() => {
      busy = false;
    });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return {
    isLeader: () => !stopped && leadership.isLeader(),
    get runs() {
      return runs;
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await current.catch(() => undefined);
      await leadership.release();
    },
  };
}

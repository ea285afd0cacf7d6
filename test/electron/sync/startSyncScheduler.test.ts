import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../shared/ipc/contracts/syncContract';
import type { SyncEngine } from '../../../electron/core/sync/createSyncEngine';
import { startSyncScheduler } from '../../../electron/core/sync/startSyncScheduler';
import { silentLogger } from '../../../electron/core/log/logger';

const baseStatus = {
  configured: true,
  needsSignIn: false,
  reviewer: { reviewerId: 'RVW-0001', displayName: '' },
  lastError: null,
} as unknown as SyncStatus;

function fakeEngine(outcomes: (string | null)[], status: SyncStatus = baseStatus): SyncEngine & { runs: number[] } {
  const runs: number[] = [];
  return {
    runs,
    options: {} as SyncEngine['options'],
    isRunning: () => false,
    status: () => status,
    run: async () => {
      runs.push(Date.now());
      const error = outcomes.shift() ?? null;
      return { ...status, lastError: error ? { code: error, message: error, at: '' } : null };
    },
  };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('startSyncScheduler', () => {
  it('retries sooner after failures and returns to the interval after a success when the server comes back', async () => {
    const engine = fakeEngine(['NETWORK', 'NETWORK', null]);
    const scheduler = startSyncScheduler({
      engine: () => engine,
      log: silentLogger,
      firstDelayMs: 1,
      intervalMs: 5000,
      retryBaseMs: 20,
      retryCapMs: 60,
      random: () => 0.5,
    });
    for (let i = 0; i < 300 && engine.runs.length < 3; i++) await wait(10);
    await wait(100);
    scheduler.stop();
    expect(engine.runs).toHaveLength(3);
    const gaps = engine.runs.slice(1).map((t, i) => t - engine.runs[i]!);
    expect(gaps[1]!).toBeGreaterThan(gaps[0]! - 5);
  });

  it('never runs when the workspace is not connected, is locked, or needs a new sign-in', async () => {
    const demo = fakeEngine([], { ...baseStatus, configured: false });
    const signIn = fakeEngine([], { ...baseStatus, needsSignIn: true });
    const schedulers = [demo, signIn, null].map((engine) =>
      startSyncScheduler({ engine: () => engine, log: silentLogger, firstDelayMs: 1, intervalMs: 10 }),
    );
    await wait(80);
    schedulers.forEach((s) => s.stop());
    expect(demo.runs).toEqual([]);
    expect(signIn.runs).toEqual([]);
  });

  it('uploads a determination signed between syncs within moments, not at the next interval', async () => {
    const engine = fakeEngine([]);
    const scheduler = startSyncScheduler({
      engine: () => engine,
      log: silentLogger,
      firstDelayMs: 60_000,
      intervalMs: 60_000,
      promptDelayMs: 5,
    });
    await wait(30);
    expect(engine.runs).toHaveLength(0);
    const signedAt = Date.now();
    scheduler.nudge();
    for (let i = 0; i < 100 && engine.runs.length < 1; i++) await wait(5);
    scheduler.stop();
    expect(engine.runs).toHaveLength(1);
    expect(engine.runs[0]! - signedAt).toBeLessThan(1000);
  });

  it('syncs again at once when something was signed while a sync was past its upload step', async () => {
    let pending = 1;
    const engine = fakeEngine([]);
    const status = () => ({ ...baseStatus, pendingUploads: pending });
    const scheduler = startSyncScheduler({
      engine: () => ({
        ...engine,
        status,
        run: async () => {
          const result = await engine.run();
          const after = { ...result, pendingUploads: pending };
          pending = 0;
          return after;
        },
      }),
      log: silentLogger,
      firstDelayMs: 1,
      intervalMs: 60_000,
      promptDelayMs: 5,
    });
    for (let i = 0; i < 100 && engine.runs.length < 2; i++) await wait(5);
    scheduler.stop();
    expect(engine.runs).toHaveLength(2);
  });
});

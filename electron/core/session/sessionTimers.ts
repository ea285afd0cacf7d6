export interface SessionTimers {
  /** How often the back end checks for idleness and for a due daily backup. */
  checkEveryMs: number;
  /** Extra idle time the back end allows so the window, which saves first, normally locks before it. */
  idleGraceMs: number;
  /** How long the window has to save and lock after the system goes to sleep before the back end locks anyway. */
  systemLockGraceMs: number;
  /** With background maintenance: how long after opening the check and daily backup start (the window loads first). */
  maintenanceDelayMs: number;
  /**
   * With background maintenance: how long after opening the workspace starts catching up on its own work (OCR left
   * pending, records to re-read, cases to analyze), so the first screen gets the back end to itself.
   */
  catchUpDelayMs: number;
  now(): number;
}

export const DEFAULT_SESSION_TIMERS: SessionTimers = {
  checkEveryMs: 30_000,
  idleGraceMs: 60_000,
  systemLockGraceMs: 4_000,
  maintenanceDelayMs: 10_000,
  catchUpDelayMs: 3_000,
  now: () => Date.now(),
};

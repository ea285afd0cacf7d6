const EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart', 'focus'] as const;

/** Calls `onActivity` on any reviewer input (throttled to once a second); returns the stop function. */
export function watchActivity(target: Window, onActivity: () => void): () => void {
  let last = 0;
  const listener = () => {
    const now = Date.now();
    if (now - last < 1000) return;
    last = now;
    onActivity();
  };
  for (const name of EVENTS) target.addEventListener(name, listener, { passive: true, capture: true });
  return () => {
    for (const name of EVENTS) target.removeEventListener(name, listener, { capture: true });
  };
}

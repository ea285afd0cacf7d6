type BeforeLockHook = () => unknown;

const hooks = new Set<BeforeLockHook>();

/**
 * Anything holding unsaved work (the autosave queue) registers here; the lock waits for it before the
 * workspace closes. Returns the unregister function, so it can be a useEffect cleanup as is.
 */
export function onBeforeLock(hook: BeforeLockHook): () => void {
  hooks.add(hook);
  return () => void hooks.delete(hook);
}

/** Runs every hook and waits for them, but never longer than `timeoutMs`: a lock must not hang on a stuck save. */
export async function runBeforeLockHooks(timeoutMs = 3000): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
  const all = Promise.allSettled([...hooks].map((hook) => Promise.resolve().then(hook)));
  await Promise.race([all, timeout]);
  clearTimeout(timer);
}

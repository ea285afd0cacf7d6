import { useEffect, useState } from 'react';
import type { LayoutStorage } from 'react-resizable-panels';
import { call } from '../../api';

const SAVE_DELAY_MS = 500;

/**
 * The pane library's storage, kept in the workspace rather than the browser: each workspace remembers its own pane
 * sizes. Null until loaded, so the panes mount with the remembered sizes, not the defaults.
 */
export function useWorkspaceLayoutStorage(): LayoutStorage | null {
  const [storage, setStorage] = useState<LayoutStorage | null>(null);
  useEffect(() => {
    let alive = true;
    const pending = new Map<string, ReturnType<typeof setTimeout>>();
    const create = (layouts: Record<string, string>): LayoutStorage => ({
      getItem: (key) => layouts[key] ?? null,
      setItem: (key, value) => {
        layouts[key] = value;
        clearTimeout(pending.get(key));
        pending.set(
          key,
          setTimeout(
            () => void call('profile.savePaneLayout', { id: key, layout: value }).catch(() => undefined),
            SAVE_DELAY_MS,
          ),
        );
      },
    });
    call('profile.paneLayouts', {}).then(
      ({ layouts }) => alive && setStorage(create({ ...layouts })),
      () => alive && setStorage(create({})),
    );
    return () => {
      alive = false;
      pending.forEach((t) => clearTimeout(t));
    };
  }, []);
  return storage;
}

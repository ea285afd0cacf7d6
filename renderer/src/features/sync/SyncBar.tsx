import { useState } from 'react';
import { isMac } from '../../components';
import { describeSyncStatus } from './describeSyncStatus';
import { SyncNotices } from './SyncNotices';
import { SyncSettingsDialog } from './SyncSettingsDialog';
import { useSyncShortcut } from './useSyncShortcut';
import { useSyncStatus } from './useSyncStatus';

const SHORTCUT = isMac ? '⌘⇧S' : 'Ctrl+Shift+S';

/** Header sync controls: the Sync button (and shortcut), the status line with download progress, errors in words, settings. */
export function SyncBar({ onSynced }: { onSynced: () => void }) {
  const sync = useSyncStatus(onSynced);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const { status } = sync;
  const ready = status !== null && status.configured && !status.needsSignIn;

  const syncNow = () => {
    if (!status) return;
    if (!ready) setSettingsOpen(true);
    else if (!status.running) void sync.run();
  };
  useSyncShortcut(syncNow);

  if (!status) return null;
  const downloads = status.running ? status.downloads : null;
  const error = sync.error ?? (status.failSafe ? null : (status.lastError?.message ?? null));
  return (
    <>
      <div className="sync-bar" role="group" aria-label="Sync">
        <button
          type="button"
          className="primary-button"
          onClick={syncNow}
          disabled={status.running}
          title={ready ? `Sync now (${SHORTCUT})` : 'Connect to a sync server'}
          aria-keyshortcuts="Control+Shift+S Meta+Shift+S"
        >
          {status.running ? 'Syncing…' : ready ? 'Sync' : 'Connect…'}
        </button>
        <span className="sync-status" role="status">
          {describeSyncStatus(status)}
        </span>
        {downloads && downloads.total > 0 && (
          <progress
            className="sync-progress"
            max={downloads.total}
            value={downloads.done}
            aria-label={`Downloading records: ${downloads.done} of ${downloads.total}`}
          />
        )}
        <button type="button" className="tool-button" onClick={() => setSettingsOpen(true)}>
          Sync settings
        </button>
      </div>
      {error && (
        <p className="sync-error" role="alert">
          {error}
        </p>
      )}
      <SyncNotices status={status} onApplyAnyway={() => void sync.run(true)} />
      {settingsOpen && (
        <SyncSettingsDialog
          status={status}
          onClose={() => setSettingsOpen(false)}
          onSignIn={sync.configure}
          onEnrol={sync.enrol}
          onSignOut={sync.signOut}
        />
      )}
    </>
  );
}

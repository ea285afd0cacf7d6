import { useEffect, useState, type ReactNode } from 'react';
import { ErrorBanner } from '../../components';
import { LockScreen } from './LockScreen';
import { SecurityDialog } from './SecurityDialog';
import { useSession } from './useSession';

/** Mounts the workspace only while the session is unlocked; locking unmounts every record and editor. */
export function SessionGate({ children }: { children: ReactNode }) {
  const { status, error, setStatus, lock } = useSession();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const unlocked = status?.state === 'unlocked';

  useEffect(() => {
    if (!unlocked) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() === 'l' && e.shiftKey && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        void lock('manual');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [unlocked, lock]);

  if (!status)
    return error ? (
      <ErrorBanner message={error} />
    ) : (
      <div className="loading" role="status">
        Opening workspace…
      </div>
    );
  if (!unlocked) return <LockScreen status={status} onStatus={setStatus} />;
  return (
    <div className="app-frame">
      {status.auditWarning && (
        <p className="audit-warning" role="alert">
          {status.auditWarning}
        </p>
      )}
      <div className="app-main">{children}</div>
      <footer className="session-bar" aria-label="Session">
        <span className="muted small">Workspace unlocked</span>
        {status.unprotected && (
          <span className="session-unprotected small" role="note" title={status.unprotected}>
            Not protected: no passphrase
          </span>
        )}
        <button type="button" onClick={() => void lock('manual')} title="Lock now (Ctrl+Shift+L)">
          Lock
        </button>
        <button type="button" onClick={() => setSettingsOpen(true)}>
          Security…
        </button>
      </footer>
      {settingsOpen && <SecurityDialog status={status} onStatus={setStatus} onClose={() => setSettingsOpen(false)} />}
    </div>
  );
}

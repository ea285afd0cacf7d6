import { useState } from 'react';
import type { SessionStatus } from '../../../../shared/ipc';
import { call } from '../../api';
import { PassphraseForm } from './PassphraseForm';
import './lock.css';
import { errorMessage } from '../../../../shared/errorMessage';

interface Props {
  status: SessionStatus;
  onStatus(status: SessionStatus): void;
}

const NO_BACK_DOOR =
  'If the passphrase is lost, the records and determinations in this workspace cannot be opened by anyone, including support: there is no reset and no back door. Keep it somewhere safe.';

/** Shown instead of the workspace whenever the session is not unlocked: nothing of a case stays on screen. */
export function LockScreen({ status, onStatus }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = (action: () => Promise<SessionStatus>) => {
    setBusy(true);
    setError(null);
    action()
      .then(onStatus)
      .catch((e: unknown) => setError(errorMessage(e)))
      .finally(() => setBusy(false));
  };

  return (
    <main className="lock-screen">
      <section className="lock-card" aria-labelledby="lock-title">
        {status.state === 'setup' && (
          <>
            <h1 id="lock-title">Protect this workspace with a passphrase</h1>
            {status.reason && <p>{status.reason}</p>}
            <p className="lock-warning">{NO_BACK_DOOR}</p>
            <PassphraseForm
              confirm
              submitLabel="Set passphrase and open"
              busy={busy}
              onSubmit={(passphrase) => run(() => call('session.setup', { passphrase }))}
            />
          </>
        )}
        {status.state === 'locked' && (
          <>
            <h1 id="lock-title">The workstation is locked</h1>
            {status.message && <p>{status.message}</p>}
            {status.unlockWith === 'passphrase' ? (
              <PassphraseForm
                confirm={false}
                submitLabel="Unlock"
                busy={busy}
                onSubmit={(passphrase) => run(() => call('session.unlock', { passphrase }))}
              />
            ) : (
              <button
                type="button"
                className="lock-primary"
                autoFocus
                disabled={busy}
                onClick={() => run(() => call('session.unlock', {}))}
              >
                {busy ? 'Unlocking…' : 'Unlock'}
              </button>
            )}
          </>
        )}
        {status.state === 'restore' && (
          <>
            <h1 id="lock-title">The workspace database is damaged</h1>
            <p>{status.message}</p>
            {status.backups.length > 0 && (
              <>
                <button
                  type="button"
                  className="lock-primary"
                  disabled={busy}
                  onClick={() => run(() => call('session.restoreBackup', {}))}
                >
                  {busy ? 'Restoring…' : 'Restore the newest good backup'}
                </button>
                <ul className="lock-backups" aria-label="Backups">
                  {status.backups.map((b) => (
                    <li key={b.file}>
                      <span>
                        {new Date(b.createdAt).toLocaleString()} · {b.kind.replace('-', ' ')}
                      </span>
                      <button
                        type="button"
                        className="link-button"
                        disabled={busy}
                        onClick={() => run(() => call('session.restoreBackup', { file: b.file }))}
                      >
                        Restore this one
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
        {error && (
          <p className="lock-error" role="alert">
            {error}
          </p>
        )}
      </section>
    </main>
  );
}

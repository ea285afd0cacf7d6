import { useEffect, useState } from 'react';
import type { SessionStatus } from '../../../../shared/ipc';
import { call } from '../../api';
import { PassphraseForm } from './PassphraseForm';
import { errorMessage } from '../../../../shared/errorMessage';

interface Props {
  status: SessionStatus;
  onStatus(status: SessionStatus): void;
  onClose(): void;
}

const MINUTES = [5, 10, 15, 30, 60, 120, 240];

/** Auto-lock time, passphrase change and key replacement; each change is written to the audit trail by the back end. */
export function SecurityDialog({ status, onStatus, onClose }: Props) {
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [current, setCurrent] = useState('');
  const [alsoRekey, setAlsoRekey] = useState(false);
  const usesPassphrase = status.keyKind === 'passphrase';
  const canSetPassphrase = usesPassphrase || status.keyKind === 'keyFile';

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const run = <T,>(action: () => Promise<T>, done: (value: T) => string) => {
    setBusy(true);
    setNote(null);
    action()
      .then((value) => setNote(done(value)))
      .catch((e: unknown) => setNote(errorMessage(e)))
      .finally(() => setBusy(false));
  };

  return (
    <div className="security-backdrop">
      <div className="security-dialog" role="dialog" aria-modal="true" aria-labelledby="security-title">
        <h2 id="security-title">Security</h2>
        {status.unprotected && (
          <p className="security-unprotected" role="note">
            {status.unprotected}
          </p>
        )}
        <section>
          <label>
            Lock after{' '}
            <select
              value={status.autoLockMinutes}
              disabled={busy}
              onChange={(e) =>
                run(
                  () => call('session.setAutoLock', { minutes: Number(e.target.value) }),
                  (s) => (onStatus(s), `Locks after ${s.autoLockMinutes} minutes without activity.`),
                )
              }
            >
              {[...new Set([...MINUTES, status.autoLockMinutes])]
                .sort((a, b) => a - b)
                .map((m) => (
                  <option key={m} value={m}>
                    {m} minutes
                  </option>
                ))}
            </select>{' '}
            without activity
          </label>
        </section>
        {canSetPassphrase && (
          <section aria-label="Passphrase">
            {usesPassphrase && (
              <label>
                Current passphrase
                <input
                  type="password"
                  autoComplete="current-password"
                  value={current}
                  onChange={(e) => setCurrent(e.target.value)}
                />
              </label>
            )}
            {usesPassphrase ? (
              <label className="security-rekey">
                <input type="checkbox" checked={alsoRekey} onChange={(e) => setAlsoRekey(e.target.checked)} />
                Also replace the key: choose this if the old passphrase or a copy of this folder may have leaked.
              </label>
            ) : (
              <p className="muted">
                The key in the file beside the database is replaced by a new one and the file is destroyed, so a copy of
                it made earlier opens nothing.
              </p>
            )}
            <PassphraseForm
              confirm
              busy={busy}
              submitLabel={usesPassphrase ? 'Change passphrase' : 'Protect with a passphrase'}
              onSubmit={(next) =>
                run(
                  () => call('session.changePassphrase', { current, next, ...(alsoRekey ? { rekey: true } : {}) }),
                  (s) => (
                    onStatus(s),
                    usesPassphrase && !alsoRekey
                      ? 'The passphrase was changed. The old one no longer opens this workspace.'
                      : 'The passphrase is set and the key was replaced: the database, the records and the backups are now encrypted with the new key.'
                  ),
                )
              }
            />
          </section>
        )}
        <section aria-label="Key">
          <p className="muted">
            A new random key re-encrypts the database, the record files and the backups. It takes a moment for a large
            workspace.
          </p>
          <button
            type="button"
            disabled={busy || (usesPassphrase && !current)}
            onClick={() =>
              run(
                () => call('session.rekey', usesPassphrase ? { passphrase: current } : {}),
                (r) => `New key in place: ${r.recordFiles} record files and ${r.backups} backups re-encrypted.`,
              )
            }
          >
            Replace the key{usesPassphrase ? ' (enter the current passphrase above)' : ''}
          </button>
        </section>
        {note && <p role="status">{note}</p>}
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}

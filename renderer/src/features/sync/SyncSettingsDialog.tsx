import { useEffect, useRef, useState } from 'react';
import { appErrorDetails, type LocalWork, type SyncStatus } from '../../../../shared/ipc';
import { call } from '../../api';
import { formatSyncTime } from './describeSyncStatus';
import { LocalWorkNotice } from './LocalWorkNotice';
import type { SignInOutcome } from './useSyncStatus';
import { errorMessage } from '../../../../shared/errorMessage';

interface Props {
  status: SyncStatus;
  onClose: () => void;
  onSignIn: (serverUrl: string, token: string, replaceLocalWork: boolean) => Promise<SignInOutcome>;
  onSignOut: () => Promise<void>;
}

/** Server address and sign-in, plus what sync delivered: receipts, flagged cases, refused uploads. */
export function SyncSettingsDialog({ status, onClose, onSignIn, onSignOut }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [serverUrl, setServerUrl] = useState(status.serverUrl ?? '');
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [work, setWork] = useState<LocalWork[]>([]);
  const [replace, setReplace] = useState(false);
  const [unprotected, setUnprotected] = useState<string | null>(null);

  // Before signing in: what the demo cases hold that signing in would replace, and whether the key is protected.
  useEffect(() => {
    if (status.configured) return;
    call('sync.localWork', {}).then(setWork, () => setWork([]));
    call('session.status', {}).then(
      (s) => setUnprotected(s.unprotected),
      () => undefined,
    );
  }, [status.configured]);

  useEffect(() => {
    const node = dialog.current;
    if (node && !node.open) node.showModal();
    return () => node?.close();
  }, []);

  const signIn = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const outcome = await onSignIn(serverUrl, token, replace);
      setToken('');
      setWork([]);
      if (outcome.replacedDemo)
        setDone(
          `The ${outcome.replacedDemo.cases} demo cases were replaced by your assigned cases. A backup of the workspace as it was is kept: ${outcome.replacedDemo.backup}.`,
        );
    } catch (e) {
      const atRisk = appErrorDetails(e, 'localWorkAtRisk');
      if (atRisk) setWork(atRisk.cases);
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const signedIn = status.reviewer !== null && !status.needsSignIn;
  return (
    <dialog
      ref={dialog}
      className="sync-dialog"
      aria-labelledby="sync-dialog-title"
      onClose={onClose}
      onCancel={onClose}
    >
      <div className="dialog-heading">
        <h2 id="sync-dialog-title">Sync settings</h2>
        <button type="button" className="tool-button" onClick={onClose}>
          Close
        </button>
      </div>
      {!status.configured && (
        <p className="sync-explain">
          This is the demo workspace; it works without a server. To receive your real assignments and upload signed
          determinations, enter the sync server address and the token your IMR organisation gave you. Signing in
          replaces the demo cases with your assigned cases; a backup of the workspace is kept first.
        </p>
      )}
      {!status.configured && unprotected && (
        <p className="sync-warn" role="note">
          Signing in needs a protected workspace. {unprotected}
        </p>
      )}
      {!status.configured && work.length > 0 && (
        <LocalWorkNotice work={work} replace={replace} onReplaceChange={setReplace} />
      )}
      {done && <p role="status">{done}</p>}
      {signedIn && status.reviewer && (
        <p className="sync-signed-in">
          Signed in to <strong>{status.serverUrl}</strong> as{' '}
          <strong>{status.reviewer.displayName || status.reviewer.reviewerId}</strong> ({status.reviewer.reviewerId}).{' '}
          <button type="button" className="link-button" onClick={() => void onSignOut()}>
            Sign out
          </button>
        </p>
      )}
      {status.needsSignIn && status.configured && (
        <p className="sync-warn">
          The server no longer accepts the saved sign-in. Enter a new token to continue syncing.
        </p>
      )}
      <form className="sync-form" onSubmit={(e) => void signIn(e)}>
        <label>
          Server address
          <input
            type="url"
            required
            value={serverUrl}
            onChange={(e) => setServerUrl(e.target.value)}
            placeholder="https://sync.example.org"
            autoComplete="url"
          />
        </label>
        <label>
          Token
          <input
            type="password"
            required
            minLength={8}
            value={token}
            onChange={(e) => setToken(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </label>
        <button type="submit" className="primary-button" disabled={busy || (work.length > 0 && !replace)}>
          {busy ? 'Checking…' : signedIn ? 'Sign in again' : 'Sign in'}
        </button>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </form>
      {status.recentReceipts.length > 0 && (
        <section aria-label="Upload receipts">
          <h3>Upload receipts</h3>
          <table className="sync-receipts">
            <tbody>
              {status.recentReceipts.map((r) => (
                <tr key={r.receiptId}>
                  <td>{r.caseNumber}</td>
                  <td>v{r.determinationVersion}</td>
                  <td className="receipt-id">{r.receiptId}</td>
                  <td className="muted">{formatSyncTime(r.receivedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </dialog>
  );
}

import { useEffect, useRef, useState } from 'react';
import { appErrorDetails, type LocalWork, type SyncStatus } from '../../../../shared/ipc';
import { call } from '../../api';
import { CertificatePanel } from './CertificatePanel';
import { formatSyncTime } from './describeSyncStatus';
import { LocalWorkNotice } from './LocalWorkNotice';
import { useSigningCertificate } from './useSigningCertificate';
import type { SignInOutcome } from './useSyncStatus';
import { errorMessage } from '../../../../shared/errorMessage';

interface Props {
  status: SyncStatus;
  onClose: () => void;
  onSignIn: (serverUrl: string, token: string, replaceLocalWork: boolean) => Promise<SignInOutcome>;
  onEnrol: (
    serverUrl: string,
    code: string,
    passphrase: string | undefined,
    replaceLocalWork: boolean,
  ) => Promise<SignInOutcome>;
  onSignOut: () => Promise<void>;
}

type Credential = 'token' | 'code';

/** Server address and sign-in (token or enrolment code), the signing certificate, and the receipts sync delivered. */
export function SyncSettingsDialog({ status, onClose, onSignIn, onEnrol, onSignOut }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [serverUrl, setServerUrl] = useState(status.serverUrl ?? '');
  const [credential, setCredential] = useState<Credential>('token');
  const [token, setToken] = useState('');
  const [code, setCode] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
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
  const certificate = useSigningCertificate();
  // Enrolling without a certificate makes the signing key now; a passphrase-sealed key needs its passphrase chosen.
  const needsPassphrase =
    credential === 'code' &&
    certificate.certificate?.certificate === null &&
    certificate.certificate.protection === 'passphrase';

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
      let outcome: SignInOutcome;
      if (credential === 'token') {
        outcome = await onSignIn(serverUrl, token, replace);
        setToken('');
      } else {
        if (needsPassphrase && passphrase !== repeat) throw new Error('The two passphrases differ.');
        outcome = await onEnrol(serverUrl, code, needsPassphrase ? passphrase : undefined, replace);
        setCode('');
        setPassphrase('');
        setRepeat('');
        await certificate.refresh();
      }
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
          determinations, enter the sync server address and the token or enrolment code your IMR organisation gave you.
          Signing in replaces the demo cases with your assigned cases; a backup of the workspace is kept first.
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
        <fieldset className="sync-credential">
          <legend>Sign in with</legend>
          <label>
            <input
              type="radio"
              name="sync-credential"
              checked={credential === 'token'}
              onChange={() => setCredential('token')}
            />
            A token
          </label>
          <label>
            <input
              type="radio"
              name="sync-credential"
              checked={credential === 'code'}
              onChange={() => setCredential('code')}
            />
            An enrolment code (registers your signing certificate)
          </label>
        </fieldset>
        {credential === 'token' ? (
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
        ) : (
          <>
            <label>
              Enrolment code
              <input
                required
                minLength={12}
                value={code}
                onChange={(e) => setCode(e.target.value)}
                placeholder="ABCD-EFGH-JKMN"
                autoComplete="off"
                spellCheck={false}
              />
            </label>
            {needsPassphrase && (
              <>
                <p className="muted">
                  You have no signing key yet: it is made now and sealed by a passphrase you type whenever you sign.
                  There is no way to recover a forgotten one.
                </p>
                <label>
                  Choose a signing passphrase
                  <input
                    type="password"
                    required
                    minLength={8}
                    value={passphrase}
                    onChange={(e) => setPassphrase(e.target.value)}
                    autoComplete="new-password"
                  />
                </label>
                <label>
                  Repeat the signing passphrase
                  <input
                    type="password"
                    required
                    minLength={8}
                    value={repeat}
                    onChange={(e) => setRepeat(e.target.value)}
                    autoComplete="new-password"
                  />
                </label>
              </>
            )}
          </>
        )}
        <button type="submit" className="primary-button" disabled={busy || (work.length > 0 && !replace)}>
          {busy ? 'Checking…' : signedIn ? 'Sign in again' : 'Sign in'}
        </button>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </form>
      <CertificatePanel value={certificate.certificate} />
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

import { useState, type FormEvent } from 'react';
import type { SigningState } from '../../../../shared/ipc';
import { ModalDialog } from '../../components';

interface Props {
  caseNumber: string;
  state: SigningState;
  onSign: (passphrase: string | undefined) => Promise<string | null>;
  onClose: () => void;
}

const MIN_NEW_PASSPHRASE = 8;

/** Confirms the signature; in the browser shell the signing key is unlocked (or first protected) by a passphrase. */
export function SignDialog({ caseNumber, state, onSign, onClose }: Props) {
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const asks = state.identity.protection === 'passphrase';
  const creating = !state.identity.exists;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (asks && creating && passphrase.length < MIN_NEW_PASSPHRASE)
      return setProblem(`Choose a passphrase of at least ${MIN_NEW_PASSPHRASE} characters.`);
    if (asks && creating && passphrase !== repeat)
      return setProblem('The two passphrases differ. Type the same passphrase twice.');
    if (asks && passphrase === '') return setProblem('Type your signing passphrase.');
    setBusy(true);
    setProblem(null);
    const failure = await onSign(asks ? passphrase : undefined);
    setBusy(false);
    if (failure) setProblem(failure);
  };

  return (
    <ModalDialog title={`Sign ${caseNumber}`} titleId="sign-title" className="sign-dialog" onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <p>
          You are signing version {state.draftVersion}
          {state.supersedesVersion !== null ? ` (it supersedes signed version ${state.supersedesVersion})` : ''}. The
          letter is signed with your pseudonymous certificate, the determination is locked, and the signed package is
          queued for upload.
        </p>
        {creating && (
          <p className="notice">
            This is your first signature on this workstation: a signing key and certificate will be created.
          </p>
        )}
        {asks && (
          <>
            <label className="field-label" htmlFor="sign-passphrase">
              {creating ? 'Choose a signing passphrase' : 'Signing passphrase'}
            </label>
            <input
              id="sign-passphrase"
              type="password"
              autoComplete={creating ? 'new-password' : 'current-password'}
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
            />
            {creating && (
              <>
                <label className="field-label" htmlFor="sign-passphrase-repeat">
                  Repeat the passphrase
                </label>
                <input
                  id="sign-passphrase-repeat"
                  type="password"
                  autoComplete="new-password"
                  value={repeat}
                  onChange={(e) => setRepeat(e.target.value)}
                />
              </>
            )}
          </>
        )}
        {problem && (
          <p className="form-error" role="alert">
            {problem}
          </p>
        )}
        <div className="modal-footer">
          <button type="button" className="tool-button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="primary-button" disabled={busy}>
            {busy ? 'Signing…' : 'Sign and lock'}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

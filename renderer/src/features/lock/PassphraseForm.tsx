import { useState, type FormEvent } from 'react';
import { MIN_PASSPHRASE_LENGTH } from '../../../../shared/ipc';

interface Props {
  /** Ask twice and enforce the minimum length (choosing a new passphrase). */
  confirm: boolean;
  submitLabel: string;
  busy: boolean;
  onSubmit(passphrase: string): void;
}

export function PassphraseForm({ confirm, submitLabel, busy, onSubmit }: Props) {
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const tooShort = confirm && passphrase.length < MIN_PASSPHRASE_LENGTH;
  const mismatch = confirm && again !== passphrase;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!passphrase || tooShort || mismatch || busy) return;
    onSubmit(passphrase);
  };
  return (
    <form className="lock-form" onSubmit={submit}>
      <label>
        {confirm ? 'New passphrase' : 'Passphrase'}
        <input
          type="password"
          autoComplete={confirm ? 'new-password' : 'current-password'}
          autoFocus
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
        />
      </label>
      {confirm && (
        <label>
          Type it again
          <input type="password" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} />
        </label>
      )}
      {confirm && passphrase !== '' && tooShort && (
        <p className="lock-hint">
          At least {MIN_PASSPHRASE_LENGTH} characters; a few unrelated words are easy to remember and hard to guess.
        </p>
      )}
      {confirm && again !== '' && mismatch && <p className="lock-hint">The two entries differ.</p>}
      <button type="submit" className="lock-primary" disabled={busy || !passphrase || tooShort || mismatch}>
        {busy ? 'Working…' : submitLabel}
      </button>
    </form>
  );
}

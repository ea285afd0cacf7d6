import { ProfileDialog } from '../profile';
import { LetterPreviewDialog } from './LetterPreviewDialog';
import { SignDialog } from './SignDialog';
import type { Finalize } from './useFinalize';
import './letter.css';

interface Props {
  caseId: string;
  caseNumber: string;
  finalize: Finalize;
}

/** Header tools of the case screen: profile, letter preview and Sign (disabled, with the reason, while checks block it). */
export function FinalizeToolbar({ caseId, caseNumber, finalize }: Props) {
  const { dialog, setDialog, signing, signBlockedReason } = finalize;
  const locked = signing?.locked ?? false;
  return (
    <div className="finalize-toolbar" role="toolbar" aria-label="Letter and signing">
      <button type="button" className="tool-button" onClick={() => setDialog('profile')}>
        Profile
      </button>
      <button type="button" className="tool-button" onClick={() => setDialog('preview')}>
        Preview letter
      </button>
      {locked ? (
        <span className="signed-pill">Signed</span>
      ) : (
        <button
          type="button"
          className="primary-button sign-button"
          disabled={signBlockedReason !== null || signing === null}
          aria-describedby="sign-reason"
          title={signBlockedReason ?? 'Sign the determination'}
          onClick={() => setDialog('sign')}
        >
          Sign…
        </button>
      )}
      {!locked && (
        <span id="sign-reason" className="sign-reason small">
          {signBlockedReason ?? 'Ready to sign'}
        </span>
      )}
      {dialog === 'preview' && (
        <LetterPreviewDialog
          caseId={caseId}
          caseNumber={caseNumber}
          beforeRender={finalize.flush}
          signBlockedReason={signBlockedReason}
          locked={locked}
          onSign={() => setDialog('sign')}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'sign' && signing && (
        <SignDialog caseNumber={caseNumber} state={signing} onSign={finalize.sign} onClose={() => setDialog(null)} />
      )}
      {dialog === 'profile' && (
        <ProfileDialog onClose={() => setDialog(null)} onSaved={() => finalize.checks.refresh()} />
      )}
    </div>
  );
}

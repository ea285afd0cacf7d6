import { useEffect, useState, type FormEvent } from 'react';
import { reviewerProfileSchema, type ReviewerProfile } from '../../../../shared/domain';
import type { LetterSettingsData } from '../../../../shared/ipc';
import { call } from '../../api';
import { ModalDialog, useLatestReply } from '../../components';

import { ProfileField } from './ProfileField';
import { errorMessage } from '../../../../shared/errorMessage';
import './profile.css';

interface Props {
  onClose: () => void;
  onSaved: (profile: ReviewerProfile) => void;
}

type Draft = Record<keyof ReviewerProfile, string>;

const toDraft = (p: ReviewerProfile): Draft => ({
  ...p,
  yearsInPractice: String(p.yearsInPractice),
  hoursPerWeek: String(p.hoursPerWeek),
});

/** The reviewer's profile: the pseudonymous ID signing uses, qualifications for the letter, and identity the checks keep out of it. */
export function ProfileDialog({ onClose, onSaved }: Props) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [isDefault, setIsDefault] = useState(false);
  const [letter, setLetter] = useState<LetterSettingsData | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const stored = useLatestReply();

  useEffect(() => {
    void stored.track(
      call('profile.get', {}),
      (reply) => {
        setDraft(toDraft(reply.profile));
        setIsDefault(reply.isDefault);
      },
      (e) => setProblem(errorMessage(e)),
    );
    call('profile.letterSettings', {}).then(setLetter, (e: unknown) => setProblem(errorMessage(e)));
  }, [stored]);

  const set = (key: keyof ReviewerProfile) => (value: string) => setDraft((d) => (d ? { ...d, [key]: value } : d));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    const parsed = reviewerProfileSchema.safeParse({
      ...draft,
      yearsInPractice: Number(draft.yearsInPractice),
      hoursPerWeek: Number(draft.hoursPerWeek),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setProblem(`Check “${String(issue?.path[0] ?? 'the form')}”: ${issue?.message ?? 'invalid value'}.`);
      return;
    }
    try {
      if (letter) await call('profile.saveLetterSettings', { settings: letter });
      const saved = await call('profile.save', { profile: parsed.data });
      onSaved(saved.profile);
      onClose();
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };

  return (
    <ModalDialog title="Reviewer profile" titleId="profile-title" className="profile-dialog" onClose={onClose}>
      {isDefault && (
        <p className="notice">
          This is the demo reviewer’s profile. Enter your own ID, name, email and license before you sign: signing waits
          until you do.
        </p>
      )}
      {draft && (
        <form onSubmit={(e) => void submit(e)} className="profile-form">
          <fieldset>
            <legend>Printed in letters (qualifications only)</legend>
            <ProfileField
              label="Board certification"
              value={draft.boardCertification}
              onChange={set('boardCertification')}
            />
            <ProfileField label="Specialty" value={draft.specialty} onChange={set('specialty')} />
            <ProfileField
              label="Years in active practice"
              value={draft.yearsInPractice}
              onChange={set('yearsInPractice')}
              type="number"
            />
            <ProfileField
              label="Hours a week in practice"
              value={draft.hoursPerWeek}
              onChange={set('hoursPerWeek')}
              type="number"
            />
          </fieldset>
          <fieldset>
            <legend>Never printed (Lab. Code 4610.6(f)); the checks keep these out of the letter</legend>
            <ProfileField
              label="Reviewer ID (on your signing certificate)"
              value={draft.reviewerId}
              onChange={set('reviewerId')}
            />
            <ProfileField label="Name" value={draft.name} onChange={set('name')} />
            <ProfileField label="Email" value={draft.email} onChange={set('email')} type="email" />
            <ProfileField label="License number" value={draft.licenseNumber} onChange={set('licenseNumber')} />
          </fieldset>
          {letter && (
            <fieldset>
              <legend>Letters of this workspace</legend>
              <div className="profile-field">
                <label htmlFor="inline-citations">Citation chips in the rationale print as</label>
                <select
                  id="inline-citations"
                  value={letter.inlineCitations}
                  onChange={(e) =>
                    setLetter({ ...letter, inlineCitations: e.target.value as LetterSettingsData['inlineCitations'] })
                  }
                >
                  <option value="none">Nothing: the guideline line carries them (as real letters do)</option>
                  <option value="short">A short form, e.g. ACOEM Ch. 8, pp. 179-180</option>
                  <option value="full">The full citation</option>
                </select>
              </div>
            </fieldset>
          )}
          {problem && (
            <p className="form-error" role="alert">
              {problem}
            </p>
          )}
          <div className="modal-footer">
            <button type="button" className="tool-button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="primary-button">
              Save profile
            </button>
          </div>
        </form>
      )}
      {!draft && problem && <p className="form-error">{problem}</p>}
    </ModalDialog>
  );
}

import type { LetterSettings } from '../../../shared/domain/letter';
import { letterSettingsSchema, type LetterSettingsData } from '../../../shared/ipc';
import { recordAuditEvent } from '../audit';
import { readSetting, writeSetting, type Db } from '../db';
import type { Workspace } from '../workspace';

export const LETTER_SETTINGS_KEY = 'letter.settings';

/** The sample letter's wording; citation chips print nothing in the text, as in real letters. */
export const DEFAULT_LETTER_SETTINGS: LetterSettingsData = {
  reviewerGuidelineLabel: 'MAXIMUS guideline',
  organisationName: 'MAXIMUS Federal Services',
  inlineCitations: 'none',
};

/** Settings saved before chips had a print style keep their wording and get the default style. */
const storedSchema = letterSettingsSchema.partial({ inlineCitations: true });

export function readLetterSettings(db: Db): LetterSettingsData & LetterSettings {
  const parsed = storedSchema.safeParse(readSetting(db, LETTER_SETTINGS_KEY));
  return parsed.success ? { ...DEFAULT_LETTER_SETTINGS, ...parsed.data } : DEFAULT_LETTER_SETTINGS;
}

export function saveLetterSettings(ws: Workspace, settings: LetterSettingsData): LetterSettingsData {
  return ws.db.transaction(() => {
    writeSetting(ws.db, LETTER_SETTINGS_KEY, settings);
    recordAuditEvent(ws, { action: 'settings.changed', caseId: null, details: { setting: LETTER_SETTINGS_KEY } });
    return settings;
  })();
}

import { z } from 'zod';
import type { LetterSettings } from '../../../shared/domain/letter';
import { readSetting, type Db } from '../db';

export const LETTER_SETTINGS_KEY = 'letter.settings';

/** The sample letter's wording; an IMRO sets its own through the letter.settings setting. */
export const DEFAULT_LETTER_SETTINGS: LetterSettings = {
  reviewerGuidelineLabel: 'MAXIMUS guideline',
  organisationName: 'MAXIMUS Federal Services',
};

const letterSettingsSchema = z.object({
  reviewerGuidelineLabel: z.string().min(1).max(100),
  organisationName: z.string().min(1).max(200),
});

export function readLetterSettings(db: Db): LetterSettings {
  const parsed = letterSettingsSchema.safeParse(readSetting(db, LETTER_SETTINGS_KEY));
  return parsed.success ? parsed.data : DEFAULT_LETTER_SETTINGS;
}

import { z } from 'zod';
import { reviewerProfileSchema } from '../../domain';
import { defineMethod } from '../defineMethod';

export const storedProfileSchema = z.object({
  profile: reviewerProfileSchema,
  /** True until the reviewer saves their own profile (the demo reviewer stands in). */
  isDefault: z.boolean(),
});
export type StoredProfileData = z.infer<typeof storedProfileSchema>;

export const inlineCitationStyleSchema = z.enum(['none', 'short', 'full']);

/** How this workspace's letters read: the IMRO's wording, and how chips in the text print. */
export const letterSettingsSchema = z.object({
  reviewerGuidelineLabel: z.string().trim().min(1).max(100),
  organisationName: z.string().trim().min(1).max(200),
  inlineCitations: inlineCitationStyleSchema,
});
export type LetterSettingsData = z.infer<typeof letterSettingsSchema>;

export const profileContract = {
  'profile.letterSettings': defineMethod({
    summary:
      "This workspace's letter settings: the IMRO's name and guideline label, how citation chips in the text print",
    input: z.object({}).strict(),
    output: letterSettingsSchema,
  }),
  'profile.saveLetterSettings': defineMethod({
    summary: "Save this workspace's letter settings",
    input: z.object({ settings: letterSettingsSchema }).strict(),
    output: letterSettingsSchema,
  }),
  'profile.get': defineMethod({
    summary:
      "The reviewer's profile: pseudonymous ID, qualifications for the letter, and identity the checks keep out of it",
    input: z.object({}).strict(),
    output: storedProfileSchema,
  }),
  'profile.save': defineMethod({
    summary: "Save the reviewer's profile",
    input: z.object({ profile: reviewerProfileSchema }).strict(),
    output: storedProfileSchema,
  }),
} as const;

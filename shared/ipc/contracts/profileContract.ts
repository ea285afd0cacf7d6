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

/** Pane sizes of the case screen, per workspace: opaque layout strings of the pane library, by layout id. */
export const paneLayoutsSchema = z.record(z.string().min(1).max(80), z.string().max(4000));

export const profileContract = {
  'profile.paneLayouts': defineMethod({
    summary: "The case screen's pane sizes as last arranged in this workspace",
    input: z.object({}).strict(),
    output: z.object({ layouts: paneLayoutsSchema }),
  }),
  'profile.savePaneLayout': defineMethod({
    summary: "Remember one arrangement of the case screen's panes for this workspace",
    input: z.object({ id: z.string().min(1).max(80), layout: z.string().max(4000) }).strict(),
    output: z.object({ saved: z.boolean() }),
  }),
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

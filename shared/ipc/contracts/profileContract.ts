import { z } from 'zod';
import { reviewerProfileSchema } from '../../domain';
import { defineMethod } from '../defineMethod';

export const storedProfileSchema = z.object({
  profile: reviewerProfileSchema,
  /** True until the reviewer saves their own profile (the demo reviewer stands in). */
  isDefault: z.boolean(),
});
export type StoredProfileData = z.infer<typeof storedProfileSchema>;

export const profileContract = {
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

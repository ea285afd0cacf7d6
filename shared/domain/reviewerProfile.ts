import { z } from 'zod';

/** Who the reviewer is. Name, email and license never appear in a letter (Lab. Code 4610.6(f)). */
export const reviewerProfileSchema = z.object({
  reviewerId: z.string().min(1).max(100),
  name: z.string().max(200),
  email: z.string().max(200),
  licenseNumber: z.string().max(60),
  boardCertification: z.string().min(1).max(200),
  specialty: z.string().min(1).max(200),
  yearsInPractice: z.number().int().min(0).max(70),
  hoursPerWeek: z.number().int().min(0).max(100),
});
export type ReviewerProfile = z.infer<typeof reviewerProfileSchema>;

export const DEMO_REVIEWER_PROFILE: ReviewerProfile = {
  reviewerId: 'RVW-0001',
  name: 'Dana Whitfield, MD',
  email: 'dwhitfield@example.invalid',
  licenseNumber: 'A123456',
  boardCertification: 'Occupational Medicine',
  specialty: 'Occupational Medicine',
  yearsInPractice: 14,
  hoursPerWeek: 32,
};

import { reviewerProfileSchema } from '../../shared/domain';
import type { CliCommand } from './cliCommand';

const FLAGS: Record<string, string> = {
  '--reviewer-id': 'reviewerId',
  '--name': 'name',
  '--email': 'email',
  '--license': 'licenseNumber',
  '--board': 'boardCertification',
  '--specialty': 'specialty',
  '--years': 'yearsInPractice',
  '--hours': 'hoursPerWeek',
};

/** profile: shows the reviewer profile, or changes fields of it; signing waits for the reviewer's own. */
export const PROFILE_COMMAND: CliCommand = {
  name: 'profile',
  usage:
    'profile [--reviewer-id ID] [--name NAME] [--email EMAIL] [--license NO] [--board B] [--specialty S] [--years N] [--hours N]',
  summary: "Show or set the reviewer's profile (signing refuses the demo reviewer's)",
  async run({ invoke, args }) {
    const { profile, isDefault } = await invoke('profile.get', {});
    if (args.length === 0) {
      for (const [key, value] of Object.entries(profile)) console.log(`${key}: ${String(value)}`);
      if (isDefault) console.log('(the demo reviewer: set your own before signing)');
      return 0;
    }
    const next: Record<string, unknown> = { ...profile };
    for (let i = 0; i < args.length; i += 2) {
      const key = FLAGS[args[i] ?? ''];
      const value = args[i + 1];
      if (!key || value === undefined) {
        console.error(`Usage: npm run cli -- ${PROFILE_COMMAND.usage}`);
        return 2;
      }
      next[key] = key === 'yearsInPractice' || key === 'hoursPerWeek' ? Number(value) : value;
    }
    const parsed = reviewerProfileSchema.safeParse(next);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      console.error(
        `The profile was not saved: ${String(issue?.path[0] ?? 'profile')}: ${issue?.message ?? 'invalid'}`,
      );
      return 2;
    }
    await invoke('profile.save', { profile: parsed.data });
    console.log(`Saved the profile of ${parsed.data.reviewerId}.`);
    return 0;
  },
};

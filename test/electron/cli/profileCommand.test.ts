import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CliFlags } from '../../../electron/cli/cliCommand';
import { PROFILE_COMMAND } from '../../../electron/cli/profileCommand';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';

const NO_FLAGS: CliFlags = {
  replaceLocalWork: false,
  rekey: false,
  fix: false,
  trust: [],
  all: false,
  archived: false,
};

describe('cli profile', () => {
  let t: TestWorkspace;
  let out: string[];
  beforeEach(async () => {
    t = await createTestWorkspace();
    out = [];
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => void out.push(String(line)));
    vi.spyOn(console, 'error').mockImplementation((line: unknown) => void out.push(String(line)));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    t.dispose();
  });

  it("shows the demo reviewer and says to set one's own before signing", async () => {
    expect(await PROFILE_COMMAND.run({ invoke: t.call, args: [], flags: NO_FLAGS })).toBe(0);
    expect(out).toContain('reviewerId: RVW-0001');
    expect(out.at(-1)).toMatch(/demo reviewer: set your own/);
  });

  it('saves the fields given and keeps the others', async () => {
    const args = [
      '--reviewer-id',
      'RVW-0042',
      '--name',
      'Quillon Marchetti, MD',
      '--email',
      'q@imro.net',
      '--license',
      'G765432',
    ];
    expect(await PROFILE_COMMAND.run({ invoke: t.call, args, flags: NO_FLAGS })).toBe(0);
    expect(await t.call('profile.get', {})).toMatchObject({
      isDefault: false,
      profile: {
        reviewerId: 'RVW-0042',
        name: 'Quillon Marchetti, MD',
        licenseNumber: 'G765432',
        specialty: 'Occupational Medicine',
      },
    });
  });

  it('refuses an unknown flag or an invalid value and saves nothing', async () => {
    expect(await PROFILE_COMMAND.run({ invoke: t.call, args: ['--colour', 'blue'], flags: NO_FLAGS })).toBe(2);
    expect(await PROFILE_COMMAND.run({ invoke: t.call, args: ['--years', 'many'], flags: NO_FLAGS })).toBe(2);
    expect((await t.call('profile.get', {})).isDefault).toBe(true);
  });
});

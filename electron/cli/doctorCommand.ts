import type { CliCommand } from './cliCommand';

const LABEL = { ok: 'OK     ', fixed: 'FIXED  ', warning: 'WARN   ', problem: 'PROBLEM' } as const;

/** `doctor [--fix]`: the workspace's health in words; exits 1 while a problem remains. */
export const DOCTOR_COMMAND: CliCommand = {
  name: 'doctor',
  usage: 'doctor [--fix]',
  summary:
    'Check permissions, key protection, key files, the audit chain and its anchor, orphaned record files; --fix repairs what is safe',
  readsOnly: (_args, flags) => !flags.fix,
  async run({ invoke, flags }) {
    const report = await invoke('app.doctor', flags.fix ? { fix: true } : {});
    for (const check of report.checks) console.log(`${LABEL[check.status]}  ${check.name}: ${check.message}`);
    const problems = report.checks.filter((c) => c.status === 'problem').length;
    console.log(
      problems === 0
        ? 'No problems found.'
        : `${problems} problem(s) need your attention${flags.fix ? '' : '; run doctor --fix to repair what can be repaired'}.`,
    );
    return problems === 0 ? 0 : 1;
  },
};

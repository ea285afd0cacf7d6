import { resolve } from 'node:path';
import { packageVerifyReport } from '../core/packages';
import type { CliCommand } from './cliCommand';
import { findCaseId } from './findCaseId';
import { readPassphrase } from './readPassphrase';
import { errorMessage } from '../../shared/errorMessage';

async function verify(args: string[]): Promise<number> {
  const dir = args[0];
  if (!dir) {
    console.error('Usage: npm run cli -- verify <packageDir>');
    return 2;
  }
  try {
    const report = await packageVerifyReport(dir);
    for (const line of report.lines) console.log(line);
    return report.valid ? 0 : 1;
  } catch (error) {
    console.error(`NOT VALID: the package could not be checked: ${errorMessage(error)}`);
    return 1;
  }
}

async function signingPassphrase(): Promise<string> {
  const fromEnv = process.env['IMR_SIGNING_PASSPHRASE'];
  if (fromEnv) return fromEnv;
  if (process.env['IMR_PASSPHRASE'] || !process.stdin.isTTY)
    throw new Error(
      'Your signing key is protected by a passphrase: set IMR_SIGNING_PASSPHRASE or run this in a terminal.',
    );
  return readPassphrase('Signing passphrase: ');
}

export const SIGNING_COMMANDS: CliCommand[] = [
  {
    name: 'verify',
    usage: 'verify <packageDir>',
    summary: 'Check a signed determination package: every hash, both signatures; exits 1 naming the changed file',
    withoutWorkspace: verify,
    run: ({ args }) => verify(args),
  },
  {
    name: 'sign',
    usage: 'sign <caseNumber>',
    summary: 'Sign a determination whose checks all pass (IMR_SIGNING_PASSPHRASE or a prompt unlocks the key)',
    async run({ invoke, args }) {
      const [caseNumber] = args;
      const caseId = await findCaseId(invoke, caseNumber, 'sign <caseNumber>');
      const state = await invoke('determinations.signedVersions', { caseId });
      const passphrase = state.identity.protection === 'passphrase' ? await signingPassphrase() : undefined;
      const signed = await invoke('determinations.sign', { caseId, passphrase });
      console.log(`Signed ${caseNumber} version ${signed.version}. Package: ${signed.packageDir}`);
      console.log(`Letter SHA-256 ${signed.letterSha256}; manifest SHA-256 ${signed.manifestSha256}`);
      return 0;
    },
  },
  {
    name: 'export-package',
    usage: 'export-package <caseNumber> <dir>',
    summary: 'Write the latest signed package of a case, in clear, into a new folder for the review organisation',
    async run({ invoke, args }) {
      const [caseNumber, dir] = args;
      if (!caseNumber || !dir) {
        console.error('Usage: npm run cli -- export-package <caseNumber> <dir>');
        return 2;
      }
      const caseId = await findCaseId(invoke, caseNumber, 'export-package <caseNumber> <dir>');
      const exported = await invoke('determinations.exportPackage', { caseId, targetDir: resolve(dir) });
      console.log(
        `Exported ${exported.caseNumber} version ${exported.version} to ${exported.dir} (manifest SHA-256 ${exported.manifestSha256}).`,
      );
      console.log(`Check it with: npm run cli -- verify ${exported.dir}`);
      return 0;
    },
  },
];

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createConsoleLogger } from '../core/log';
import { packageVerifyReport, verifyExitCode } from '../core/packages';
import type { CliCommand, CliFlags } from './cliCommand';
import { findCaseId } from './findCaseId';
import { readPassphrase } from './readPassphrase';
import { readWorkspaceTrust, trustFromFlags } from './readWorkspaceTrust';
import { errorMessage } from '../../shared/errorMessage';

const VERIFY_USAGE = 'verify <packageDir> [--trust <cert.pem|sha256>]...';

/** Exit 0 verified (intact, signer trusted), 1 not valid, 3 intact but the signer is not one you trust. */
async function verify(args: string[], flags: CliFlags, dataDir: string): Promise<number> {
  const dir = args[0];
  if (!dir) {
    console.error(`Usage: npm run cli -- ${VERIFY_USAGE}`);
    return 2;
  }
  try {
    const pinned = trustFromFlags(flags.trust);
    const store = await readWorkspaceTrust(dataDir, createConsoleLogger('cli', true), () =>
      readPassphrase('Workspace passphrase (to read its trust store): '),
    );
    const report = await packageVerifyReport(dir, [...pinned, ...store.certificates]);
    for (const line of report.lines) console.log(line);
    if (store.note && report.valid && !report.signerTrusted) console.log(store.note);
    return verifyExitCode(report);
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
    usage: VERIFY_USAGE,
    summary:
      'Check a signed package: every hash, both signatures, and the signer against --trust and the workspace trust store (exit 0 verified, 1 not valid, 3 signer not verified)',
    withoutWorkspace: verify,
    run: () => Promise.resolve(2),
  },
  {
    name: 'trust',
    usage: 'trust list | trust add <cert.pem|sha256> [note] | trust remove <sha256>',
    summary: 'The certificates verify accepts as known signers (the workspace’s own identity is always trusted)',
    readsOnly: (args) => args[0] === 'list' || args[0] === undefined,
    async run({ invoke, args }) {
      const [sub, value, ...note] = args;
      if (sub === 'add' && value) {
        const text = (() => {
          try {
            return readFileSync(value, 'utf8');
          } catch {
            return value;
          }
        })();
        const added = await invoke('signing.trustSigner', { certificate: text, note: note.join(' ') || undefined });
        console.log(`Trusted ${added.subject || 'a certificate'} (SHA-256 ${added.certificateSha256}).`);
        return 0;
      }
      if (sub === 'remove' && value) {
        const { removed } = await invoke('signing.untrustSigner', { certificateSha256: value.toLowerCase() });
        console.log(removed ? 'No longer trusted.' : 'That certificate was not in the trust store.');
        return removed ? 0 : 1;
      }
      if (sub !== undefined && sub !== 'list') {
        console.error('Usage: npm run cli -- trust list | trust add <cert.pem|sha256> [note] | trust remove <sha256>');
        return 2;
      }
      const signers = await invoke('signing.trustedSigners', {});
      for (const s of signers)
        console.log(`${s.certificateSha256}  ${s.source.padEnd(5)}  ${s.subject || '(fingerprint only)'}  ${s.note}`);
      console.log(`${signers.length} trusted certificate(s).`);
      return 0;
    },
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

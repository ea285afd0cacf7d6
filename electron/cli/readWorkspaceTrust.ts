import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEY_FILE_NAME, hasWrappedKey } from '../core/keys';
import { isAppError } from '../../shared/ipc';
import { createBackend } from '../core/backend';
import type { Logger } from '../core/log';
import { readTrustedCertificate, type TrustedCertificate } from '../core/packages';
import { chooseKeySource } from '../core/session';
import { databaseFileOf } from '../core/workspace';
import { errorMessage } from '../../shared/errorMessage';

/** `--trust` values: a certificate file (PEM) or a SHA-256 fingerprint. */
export function trustFromFlags(values: readonly string[]): TrustedCertificate[] {
  return values.map((value) => {
    const text = existsSync(value) ? readFileSync(value, 'utf8') : value;
    return { certificateSha256: readTrustedCertificate(text).certificateSha256, from: `--trust ${value}` };
  });
}

/**
 * The trust store of the workspace in `dataDir`, read without changing anything (it may be open in the app):
 * its own signing certificates and those trusted by hand. A note says why it could not be read, if so.
 */
export async function readWorkspaceTrust(
  dataDir: string,
  log: Logger,
  passphrase: () => Promise<string>,
): Promise<{ certificates: TrustedCertificate[]; note: string | null }> {
  if (!existsSync(databaseFileOf(dataDir)))
    return { certificates: [], note: `No workspace in ${dataDir}: only certificates given with --trust count.` };
  if (!existsSync(join(dataDir, KEY_FILE_NAME)) && !hasWrappedKey(dataDir))
    return {
      certificates: [],
      note: `The workspace in ${dataDir} keeps its key in the desktop app's keychain, so its trust store is read there; only certificates given with --trust count here.`,
    };
  let backend: Awaited<ReturnType<typeof createBackend>> | null = null;
  try {
    backend = await createBackend({
      dataDir,
      keySource: chooseKeySource(dataDir, log),
      log,
      transport: 'in-process',
      readOnly: true,
    });
    if ((await backend.invoke('session.status', {})).state === 'locked')
      await backend.invoke('session.unlock', { passphrase: await passphrase() });
    const signers = await backend.invoke('signing.trustedSigners', {});
    return {
      certificates: signers.map((s) => ({
        certificateSha256: s.certificateSha256,
        from:
          s.source === 'own'
            ? `this workspace's own signing identity ${s.subject}`
            : `trusted in this workspace${s.note ? `: ${s.note}` : ''}`,
      })),
      note: null,
    };
  } catch (error) {
    return {
      certificates: [],
      note: `The trust store of the workspace in ${dataDir} was not read (${isAppError(error) ? error.message : errorMessage(error)}); only certificates given with --trust count.`,
    };
  } finally {
    backend?.close();
  }
}

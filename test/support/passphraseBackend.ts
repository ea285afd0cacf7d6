import { createBackend, type Backend } from '../../electron/core/backend/createBackend';
import { silentLogger } from '../../electron/core/log/logger';
import { fixedClock } from '../../electron/core/workspace/clock';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';

/** Cheap scrypt for tests; the product default is 2^17. */
export const TEST_SCRYPT = { N: 2 ** 12, r: 8, p: 1 };
export const PASSPHRASE = 'correct horse battery staple';

export interface PassphraseBackend {
  backend: Backend;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  raw(method: string, input: unknown): Promise<Result<unknown>>;
}

/** A back end whose key is wrapped by a passphrase, as on Linux without a keyring or in the browser shell. */
export async function passphraseBackend(
  dataDir: string,
  opts: { seedDemo?: boolean } = {},
): Promise<PassphraseBackend> {
  const backend = await createBackend({
    dataDir,
    keySource: { kind: 'passphrase', reason: 'No system keyring in this test.', scrypt: TEST_SCRYPT },
    log: silentLogger,
    transport: 'in-process',
    clock: fixedClock('2026-11-24T09:00:00.000Z'),
    seedDemo: opts.seedDemo ?? false,
  });
  return {
    backend,
    call: backend.invoke,
    raw: (method, input) => backend.registrar.invoke(method, input, { transport: 'in-process' }),
  };
}

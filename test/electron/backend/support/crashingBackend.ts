import { createBackend } from '../../../../electron/core/backend/createBackend';
import { staticKeyProvider } from '../../../../electron/core/db/keyProvider';
import { createConsoleLogger } from '../../../../electron/core/log/logger';
import { installCrashHandlers } from '../../../../shared/runtime/installCrashHandlers';

/** A back end that saves a setting through the registrar, then dies from an error nothing catches. */
const dataDir = process.env['CRASH_DATA_DIR'];
const keyHex = process.env['CRASH_KEY_HEX'];
if (!dataDir || !keyHex) throw new Error('CRASH_DATA_DIR and CRASH_KEY_HEX are required');

const log = createConsoleLogger('crash-test');
const backend = await createBackend({
  dataDir,
  keyProvider: staticKeyProvider(Buffer.from(keyHex, 'hex')),
  log,
  transport: 'in-process',
  seedDemo: false,
});
installCrashHandlers(process, log, () => {
  backend.close();
  process.exit(1);
});
await backend.invoke('session.setAutoLock', { minutes: 7 });
void Promise.reject(new Error('a background task failed'));
setTimeout(() => {
  throw new Error('something nobody caught');
}, 50);

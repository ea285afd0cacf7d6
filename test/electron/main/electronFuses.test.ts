import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(
    projectDir: string,
    configPath: string | null,
    configFromOptions: unknown,
  ): Promise<Record<string, unknown>>;
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util/out/DebugLogger') as { DebugLogger: new (enabled: boolean) => unknown };

const RELEASE_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableCookieEncryption: true,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
  loadBrowserProcessSpecificV8Snapshot: false,
};

describe('electron fuses', () => {
  it('flips every security fuse in the release configuration and passes electron-builder validation', async () => {
    const config = await getConfig(process.cwd(), 'electron-builder.yml', null);
    expect(config['electronFuses']).toEqual(RELEASE_FUSES);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('differs only by the inspector fuse and its output folder when the end-to-end test variant is built', async () => {
    const config = await getConfig(process.cwd(), 'electron-builder.e2e.yml', null);
    expect(config['electronFuses']).toEqual({ ...RELEASE_FUSES, enableNodeCliInspectArguments: true });
    expect((config['directories'] as { output: string }).output).toBe('release-e2e');
    expect(config['npmRebuild']).toBe(false);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });
});

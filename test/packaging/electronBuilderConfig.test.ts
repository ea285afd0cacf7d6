import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { load as loadYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util/out/DebugLogger') as { DebugLogger: new (enabled: boolean) => unknown };

const load = () => loadYaml(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it("passes electron-builder's own configuration schema when validated", async () => {
    await expect(validateConfiguration(load(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('is rejected by the same schema when it carries an unknown key', async () => {
    await expect(validateConfiguration({ ...load(), nsisx: {} }, new DebugLogger(false))).rejects.toThrow(/nsisx/);
  });

  it('targets Linux, Windows and macOS with the native module unpacked and no rebuild when packaged', () => {
    const config = load() as {
      linux: { target: string[] };
      win: { target: string[] };
      mac: { target: string[] };
      asarUnpack: string[];
      npmRebuild: boolean;
    };
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.win.target).toContain('nsis');
    expect(config.mac.target).toContain('dmg');
    expect(config.asarUnpack.some((p) => p.includes('better-sqlite3-multiple-ciphers'))).toBe(true);
    expect(config.npmRebuild).toBe(false);
  });

  it('keeps the OCR engine, its WASM core, both English models and the native canvas outside the asar', () => {
    const { asarUnpack } = load() as { asarUnpack: string[] };
    for (const pkg of [
      'tesseract.js',
      'tesseract.js-core',
      '@tesseract.js-data/eng',
      '@imr/tessdata-eng-fast',
      '@napi-rs',
    ])
      expect(asarUnpack).toContain(`node_modules/${pkg}/**`);
  });
});

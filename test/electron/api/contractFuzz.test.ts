import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES } from '../../../shared/ipc/contract';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';
import { databaseFingerprint } from '../../support/databaseFingerprint';
import { hostilePayloads } from '../../support/hostilePayloads';

const PER_METHOD = 500;
const ctx = { transport: 'in-process' as const };

const shapeOf = (method: (typeof METHOD_NAMES)[number]): string[] => {
  const def = (contract[method].input as unknown as { def: { shape?: Record<string, unknown> } }).def;
  return Object.keys(def.shape ?? {});
};

describe('contract fuzzing', () => {
  let t: TestWorkspace;
  let before: string;
  const summary = new Map<string, number>();

  beforeAll(async () => {
    t = await createTestWorkspace({ seedDemo: true });
    await t.settle();
    before = databaseFingerprint(t.backend.ws.db);
  }, 120_000);
  afterAll(() => t.dispose());

  it.each(METHOD_NAMES)('answers INVALID_INPUT to %s for every one of 500 malformed payloads', async (method) => {
    const kit = hostilePayloads(
      method.split('').reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261),
    );
    const shape = shapeOf(method);
    const wrong: string[] = [];
    for (let i = 0; i < PER_METHOD; i++) {
      const result = await t.backend.registrar.invoke(method, kit.next(shape), ctx);
      if (result.ok || result.error.code !== 'INVALID_INPUT')
        wrong.push(`#${i}: ${JSON.stringify(result).slice(0, 200)}`);
    }
    summary.set(method, PER_METHOD - wrong.length);
    expect(wrong).toEqual([]);
  });

  it('leaves every table unchanged and the object prototype clean after all payloads', () => {
    expect(summary.size).toBe(METHOD_NAMES.length);
    expect(databaseFingerprint(t.backend.ws.db)).toBe(before);
    const probe: Record<string, unknown> = {};
    expect(probe['polluted']).toBeUndefined();
    expect(probe['isAdmin']).toBeUndefined();
    expect(
      Object.getOwnPropertyNames(Object.prototype).filter(
        (k) =>
          ![
            'constructor',
            '__defineGetter__',
            '__defineSetter__',
            'hasOwnProperty',
            '__lookupGetter__',
            '__lookupSetter__',
            'isPrototypeOf',
            'propertyIsEnumerable',
            'toString',
            'valueOf',
            '__proto__',
            'toLocaleString',
          ].includes(k),
      ),
    ).toEqual([]);
  });

  it('answers UNKNOWN_METHOD for names outside the contract, prototype names included', async () => {
    for (const name of [
      '__proto__',
      'constructor',
      'hasOwnProperty',
      'session.status ',
      'SESSION.STATUS',
      'cases.get\u0000',
      '',
      'a'.repeat(100_000),
      7,
      null,
      {},
      ['cases.get'],
    ]) {
      const result = await t.backend.registrar.invoke(name, {}, ctx);
      expect(!result.ok && result.error.code).toBe('UNKNOWN_METHOD');
      expect(!result.ok && result.error.message.length).toBeLessThan(200);
    }
  });
});

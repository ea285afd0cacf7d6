import { describe, expect, it } from 'vitest';
import { createRegistrar } from '../../../electron/core/api/createRegistrar';
import type { HandlerTable } from '../../../electron/core/api/handlerTable';
import { silentLogger } from '../../../electron/core/log/logger';
import { AppError } from '../../../shared/ipc/appError';
import { METHOD_NAMES } from '../../../shared/ipc/contract';

const ctx = { transport: 'in-process' as const };

function tableWith(overrides: Partial<HandlerTable>): HandlerTable {
  const unreachable = () => {
    throw new Error('not called in this test');
  };
  const table = Object.fromEntries(METHOD_NAMES.map((m) => [m, unreachable])) as unknown as HandlerTable;
  return { ...table, ...overrides };
}

describe('createRegistrar', () => {
  it('returns the handler value in an ok envelope when input and output are valid', async () => {
    const registrar = createRegistrar(
      tableWith({
        'app.info': () => ({ version: '1', workspaceKind: 'demo', transport: 'in-process', today: '2026-11-24' }),
      }),
      silentLogger,
    );
    await expect(registrar.invoke('app.info', {}, ctx)).resolves.toEqual({
      ok: true,
      value: { version: '1', workspaceKind: 'demo', transport: 'in-process', today: '2026-11-24' },
    });
  });

  it('answers INVALID_INPUT without calling the handler when the payload has the wrong shape', async () => {
    let called = false;
    const registrar = createRegistrar(tableWith({ 'cases.get': () => ((called = true), null as never) }), silentLogger);
    const result = await registrar.invoke('cases.get', { caseId: 42 }, ctx);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('INVALID_INPUT');
    expect(!result.ok && result.error.message).toMatch(/caseId/);
    expect(called).toBe(false);
  });

  it('answers INVALID_INPUT when the payload carries an unexpected key such as __proto__', async () => {
    const registrar = createRegistrar(tableWith({}), silentLogger);
    const result = await registrar.invoke('cases.get', JSON.parse('{"caseId":"a","__proto__":{"polluted":true}}'), ctx);
    expect(!result.ok && result.error.code).toBe('INVALID_INPUT');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses an unknown method with UNKNOWN_METHOD', async () => {
    const registrar = createRegistrar(tableWith({}), silentLogger);
    for (const name of ['nope', 'constructor', '__proto__', 'toString', 42, null]) {
      const result = await registrar.invoke(name, {}, ctx);
      expect(!result.ok && result.error.code).toBe('UNKNOWN_METHOD');
    }
  });

  it('turns a thrown AppError into its code and message', async () => {
    const registrar = createRegistrar(
      tableWith({
        'cases.get': () => {
          throw new AppError('NOT_FOUND', 'That case is gone.');
        },
      }),
      silentLogger,
    );
    await expect(registrar.invoke('cases.get', { caseId: 'x' }, ctx)).resolves.toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'That case is gone.' },
    });
  });

  it('turns an unexpected exception into an INTERNAL envelope instead of crashing', async () => {
    const registrar = createRegistrar(
      tableWith({
        'cases.get': async () => {
          throw new TypeError('boom');
        },
      }),
      silentLogger,
    );
    const result = await registrar.invoke('cases.get', { caseId: 'x' }, ctx);
    expect(!result.ok && result.error.code).toBe('INTERNAL');
    expect(!result.ok && result.error.message).not.toMatch(/boom/);
  });

  it('reports INTERNAL when a handler returns a value that breaks its output schema', async () => {
    const registrar = createRegistrar(tableWith({ 'app.info': () => ({ version: 1 }) as never }), silentLogger);
    const result = await registrar.invoke('app.info', {}, ctx);
    expect(!result.ok && result.error.code).toBe('INTERNAL');
  });
});

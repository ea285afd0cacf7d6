import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { installCrashHandlers, type ProcessEvents } from '../../../shared/runtime/installCrashHandlers';

function setUp() {
  const events = new EventEmitter();
  const logged: { message: string; fields?: Record<string, unknown> }[] = [];
  const shutDowns: unknown[] = [];
  installCrashHandlers(
    events as unknown as ProcessEvents,
    { error: (message, fields) => logged.push({ message, fields }) },
    (error) => {
      shutDowns.push(error);
    },
  );
  return { events, logged, shutDowns };
}

describe('installCrashHandlers', () => {
  it('logs an unhandled rejection and keeps the process serving when a background promise fails', () => {
    const { events, logged, shutDowns } = setUp();
    events.emit('unhandledRejection', new Error('sync tick failed'));
    expect(logged).toHaveLength(1);
    expect(logged[0]?.message).toMatch(/keeps running/);
    expect(logged[0]?.fields?.['error']).toBe('sync tick failed');
    expect(shutDowns).toEqual([]);
  });

  it('logs an uncaught exception and shuts down once when several arrive', async () => {
    const { events, logged, shutDowns } = setUp();
    const boom = new Error('boom');
    events.emit('uncaughtException', boom);
    events.emit('uncaughtException', new Error('second'));
    await new Promise((r) => setTimeout(r, 0));
    expect(shutDowns).toEqual([boom]);
    expect(logged.map((l) => l.fields?.['error'])).toEqual(['boom', 'second']);
    expect(String(logged[0]?.fields?.['stack'])).toMatch(/Error: boom/);
  });
});

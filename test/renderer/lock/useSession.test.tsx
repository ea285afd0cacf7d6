// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionStatus } from '../../../shared/ipc/contracts/sessionContract';
import { useSession } from '../../../renderer/src/features/lock/useSession';
import { callsTo, forgetCalls } from '../support/heldCalls';

vi.mock('../../../renderer/src/api', () => import('../support/heldCalls'));

const status = (state: SessionStatus['state']): SessionStatus => ({
  state,
  keyKind: 'passphrase',
  unprotected: null,
  unlockWith: 'passphrase',
  reason: null,
  message: null,
  lockReason: state === 'locked' ? 'manual' : null,
  lockRequested: false,
  autoLockMinutes: 15,
  backups: [],
});

describe('useSession', () => {
  beforeEach(() => forgetCalls());
  afterEach(() => cleanup());

  it('stays locked when a status poll sent before the lock answers "unlocked" after it', async () => {
    const { result } = renderHook(() => useSession());
    await callsTo('session.status')[0]?.reply(status('unlocked'));
    expect(result.current.status?.state).toBe('unlocked');

    act(() => void window.dispatchEvent(new Event('focus'))); // a poll goes out...
    let locking: Promise<void> = Promise.resolve();
    await act(async () => {
      locking = result.current.lock('manual');
      await new Promise((resolve) => setTimeout(resolve, 0)); // the before-lock hooks run first
    });
    const lockCall = callsTo('session.lock')[0];
    expect(lockCall?.input).toEqual({ reason: 'manual' });
    await lockCall?.reply(status('locked'));
    await act(() => locking);
    expect(result.current.status?.state).toBe('locked');

    await callsTo('session.status')[1]?.reply(status('unlocked')); // ...and its stale answer arrives last
    expect(result.current.status?.state).toBe('locked');
  });

  it('keeps the status the lock screen was just given over a poll that answers later', async () => {
    const { result } = renderHook(() => useSession());
    await callsTo('session.status')[0]?.reply(status('locked'));
    act(() => void window.dispatchEvent(new Event('focus')));
    act(() => result.current.setStatus(status('unlocked'))); // the reviewer unlocked
    await callsTo('session.status')[1]?.reply(status('locked'));
    expect(result.current.status?.state).toBe('unlocked');
  });
});

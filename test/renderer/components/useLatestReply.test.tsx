// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { StrictMode, useEffect, useRef, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLatestReply } from '../../../renderer/src/components/useLatestReply';

/** A request the test settles by hand, inside act() so the hook's handlers have run when it returns. */
function request<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const settled = promise.then(
    () => undefined,
    () => undefined,
  );
  return {
    promise,
    reply: (value: T) =>
      act(async () => {
        resolve(value);
        await settled;
      }),
    fail: (error: unknown) =>
      act(async () => {
        reject(error);
        await settled;
      }),
  };
}

afterEach(() => cleanup());

describe('useLatestReply', () => {
  it('delivers a reply, and a failure to onError', async () => {
    const { result } = renderHook(() => useLatestReply());
    const onReply = vi.fn();
    const onError = vi.fn();
    const ok = request<string>();
    void result.current.track(ok.promise, onReply, onError);
    await ok.reply('documents');
    const bad = request<string>();
    void result.current.track(bad.promise, onReply, onError);
    await bad.fail(new Error('back end gone'));
    expect(onReply.mock.calls).toEqual([['documents']]);
    expect(onError.mock.calls).toEqual([[new Error('back end gone')]]);
  });

  it('ignores an older reply that arrives after a newer one', async () => {
    const { result } = renderHook(() => useLatestReply());
    const onReply = vi.fn();
    const older = request<string>();
    const newer = request<string>();
    void result.current.track(older.promise, onReply, () => undefined);
    void result.current.track(newer.promise, onReply, () => undefined);
    await newer.reply('mri cervical');
    await older.reply('mri');
    expect(onReply.mock.calls).toEqual([['mri cervical']]);
  });

  it('delivers an older reply that arrives first, then the newer one over it', async () => {
    const { result } = renderHook(() => useLatestReply());
    const onReply = vi.fn();
    const older = request<string>();
    const newer = request<string>();
    void result.current.track(older.promise, onReply, () => undefined);
    void result.current.track(newer.promise, onReply, () => undefined);
    await older.reply('poll 1');
    await newer.reply('poll 2');
    expect(onReply.mock.calls).toEqual([['poll 1'], ['poll 2']]);
  });

  it('orders failures like replies: an older failure does not show over a newer reply', async () => {
    const { result } = renderHook(() => useLatestReply());
    const onReply = vi.fn();
    const onError = vi.fn();
    const older = request<string>();
    const newer = request<string>();
    void result.current.track(older.promise, onReply, onError);
    void result.current.track(newer.promise, onReply, onError);
    await newer.reply('fresh');
    await older.fail(new Error('stale failure'));
    expect(onReply.mock.calls).toEqual([['fresh']]);
    expect(onError).not.toHaveBeenCalled();
  });

  it('drop() ignores everything started before it, not what starts after', async () => {
    const { result } = renderHook(() => useLatestReply());
    const onReply = vi.fn();
    const before = request<string>();
    void result.current.track(before.promise, onReply, () => undefined);
    result.current.drop();
    const after = request<string>();
    void result.current.track(after.promise, onReply, () => undefined);
    await before.reply('for the old query');
    await after.reply('for the new query');
    expect(onReply.mock.calls).toEqual([['for the new query']]);
  });

  it('sets nothing after unmount', async () => {
    const { result, unmount } = renderHook(() => useLatestReply());
    const onReply = vi.fn();
    const onError = vi.fn();
    const ok = request<string>();
    const bad = request<string>();
    void result.current.track(ok.promise, onReply, onError);
    const wanted = result.current.begin();
    expect(wanted()).toBe(true);
    unmount();
    void result.current.track(bad.promise, onReply, onError);
    await ok.reply('late');
    await bad.fail(new Error('late'));
    expect(onReply).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
    expect(wanted()).toBe(false);
  });

  it('begin(): pieces that each count stay wanted in any order, until drop()', async () => {
    const { result } = renderHook(() => useLatestReply());
    const first = result.current.begin();
    const second = result.current.begin();
    expect([first(), second()]).toEqual([true, true]);
    result.current.drop();
    expect([first(), second()]).toEqual([false, false]);
    expect(result.current.begin()()).toBe(true);
  });

  it('resolves track() once the callback has run, so callers can await it', async () => {
    const { result } = renderHook(() => useLatestReply());
    const seen: string[] = [];
    const done = result.current.track(
      Promise.resolve('status'),
      (v) => seen.push(v),
      () => undefined,
    );
    expect(seen).toEqual([]);
    await act(() => done);
    expect(seen).toEqual(['status']);
  });

  it('is the same object on every render, so effects that depend on it do not re-run', () => {
    const { result, rerender } = renderHook(() => useLatestReply());
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });

  it('under StrictMode, work started before the simulated remount still counts (an effect that starts it only once)', async () => {
    const reply = request<string>();
    const { result } = renderHook(
      () => {
        const replies = useLatestReply();
        const [value, setValue] = useState<string | null>(null);
        const started = useRef(false);
        useEffect(() => {
          if (started.current) return;
          started.current = true;
          void replies.track(reply.promise, setValue, () => undefined);
        }, [replies]);
        return value;
      },
      { wrapper: StrictMode },
    );
    await reply.reply('kept');
    expect(result.current).toBe('kept');
  });
});

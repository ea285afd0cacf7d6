import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSaveQueue } from '../../../renderer/src/features/determination/saveQueue';
import { AppError } from '../../../shared/ipc/appError';

const DELAY = 400;
const START = new Date('2026-11-24T09:00:00.000Z');

/**
 * A back end the test answers by hand. `save(label)` is what the app schedules: each time the queue runs it,
 * a request labelled `label` is sent and waits until the test answers or fails it.
 */
function heldBackEnd() {
  const sent: string[] = [];
  const open: { label: string; resolve: () => void; reject: (e: unknown) => void }[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const settle = async (label: string, how: (request: (typeof open)[number]) => void) => {
    const index = open.findIndex((r) => r.label === label);
    const request = open.splice(index, 1)[0];
    if (index < 0 || !request) throw new Error(`no request "${label}" is waiting`);
    how(request);
    await vi.advanceTimersByTimeAsync(0);
  };
  return {
    sent,
    mostInFlight: () => mostInFlight,
    save: (label: string) => () => {
      sent.push(label);
      mostInFlight = Math.max(mostInFlight, ++inFlight);
      return new Promise<void>((resolve, reject) => open.push({ label, resolve, reject })).finally(() => inFlight--);
    },
    answer: (label: string) => settle(label, (r) => r.resolve()),
    fail: (label: string, error: unknown) => settle(label, (r) => r.reject(error)),
  };
}

const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);
const notAnswering = () =>
  new AppError(
    'NETWORK',
    'The workstation back end is not answering. Is it still running? Your last saved edits are safe.',
  );

describe('createSaveQueue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(START);
  });
  afterEach(() => vi.useRealTimers());

  describe('debounce and coalescing', () => {
    it('sends nothing until the delay has passed since the last edit', async () => {
      const q = createSaveQueue(DELAY);
      const be = heldBackEnd();
      q.schedule('summary', be.save('summary v1'));
      await wait(300);
      q.schedule('summary', be.save('summary v2'));
      await wait(DELAY - 1);
      expect(be.sent).toEqual([]);
      expect(q.state().state).toBe('pending');
      await wait(1);
      expect(be.sent).toEqual(['summary v2']);
    });

    it('a later value for a key replaces its unsent one; every key is sent, in the order it was first edited', async () => {
      const q = createSaveQueue(DELAY);
      const sent: string[] = [];
      const save = (label: string) => async () => void sent.push(label);
      q.schedule('item:mri', save('mri: upheld'));
      q.schedule('summary', save('summary'));
      q.schedule('item:pt', save('pt: overturned'));
      q.schedule('item:mri', save('mri: overturned'));
      await wait(DELAY);
      expect(sent).toEqual(['mri: overturned', 'summary', 'pt: overturned']);
      expect(q.state().state).toBe('saved');
    });

    it('tells its listeners about real changes only: a burst of keystrokes notifies once', async () => {
      const q = createSaveQueue(DELAY);
      const be = heldBackEnd();
      const heard: string[] = [];
      const stop = q.subscribe(() => heard.push(q.state().state));
      for (let i = 0; i < 5; i++) q.schedule('summary', be.save(`key ${i}`));
      expect(heard).toEqual(['pending']);
      stop();
      await wait(DELAY);
      await be.answer('key 4');
      expect(heard).toEqual(['pending']);
    });
  });

  describe('ordering and acknowledgement', () => {
    it('sends one save at a time: the next goes only after the back end answered the one before', async () => {
      const q = createSaveQueue(DELAY);
      const be = heldBackEnd();
      q.schedule('summary', be.save('summary'));
      q.schedule('item:pt', be.save('pt'));
      await wait(DELAY);
      expect(be.sent).toEqual(['summary']);
      // Edited while the summary is being saved: its delay runs out while the back end is still busy.
      q.schedule('item:mri', be.save('mri'));
      await wait(10_000);
      expect(be.sent).toEqual(['summary']);
      await be.answer('summary');
      expect(be.sent).toEqual(['summary', 'pt']);
      await be.answer('pt');
      expect(be.sent).toEqual(['summary', 'pt', 'mri']);
      await be.answer('mri');
      expect(be.mostInFlight()).toBe(1);
      expect(q.state().state).toBe('saved');
    });

    it('acknowledges nothing before the back end answered: "saving" until then, and the time of the answer after', async () => {
      const q = createSaveQueue(DELAY);
      const be = heldBackEnd();
      q.schedule('summary', be.save('summary'));
      await wait(DELAY);
      await wait(2_000);
      expect(q.state()).toEqual({ state: 'saving', error: null, lastSavedAt: null });
      await be.answer('summary');
      expect(q.state()).toEqual({ state: 'saved', error: null, lastSavedAt: '2026-11-24T09:00:02.400Z' });
    });

    it('sends an edit made while a save is in flight after that save, and says "saved" only when both are stored', async () => {
      const q = createSaveQueue(DELAY);
      const be = heldBackEnd();
      const heard: string[] = [];
      q.subscribe(() => heard.push(q.state().state));
      q.schedule('summary', be.save('summary v1'));
      await wait(DELAY);
      q.schedule('summary', be.save('summary v2'));
      expect(q.state().state).toBe('pending');
      await be.answer('summary v1');
      // Not even for a moment: the checks re-run whenever the queue reports "saved".
      expect(heard).not.toContain('saved');
      await wait(DELAY);
      expect(be.sent).toEqual(['summary v1', 'summary v2']);
      await be.answer('summary v2');
      expect(heard.filter((state) => state === 'saved')).toEqual(['saved']);
      expect(q.state().state).toBe('saved');
      expect(be.mostInFlight()).toBe(1);
    });
  });

  describe('failures', () => {
    it("surfaces a failed save with the back end's message and marks nothing saved", async () => {
      const q = createSaveQueue(DELAY);
      const be = heldBackEnd();
      q.schedule('item:mri', be.save('mri'));
      await wait(DELAY);
      await be.fail('mri', notAnswering());
      expect(q.state()).toEqual({ state: 'error', error: notAnswering().message, lastSavedAt: null });
    });

    it('retries nothing on its own after a failure: the failed save and those behind it wait for the next edit', async () => {
      const q = createSaveQueue(DELAY);
      const be = heldBackEnd();
      q.schedule('item:mri', be.save('mri'));
      q.schedule('summary', be.save('summary'));
      await wait(DELAY);
      await be.fail('mri', notAnswering());
      await wait(60_000);
      expect(be.sent).toEqual(['mri']);

      q.schedule('item:pt', be.save('pt'));
      await wait(DELAY);
      await be.answer('summary');
      await be.answer('mri');
      await be.answer('pt');
      expect(be.sent).toEqual(['mri', 'summary', 'mri', 'pt']);
      expect(q.state()).toMatchObject({ state: 'saved', error: null });
    });

    it('does not send a failed value again once its key was edited: the newer value replaces it', async () => {
      const q = createSaveQueue(DELAY);
      const be = heldBackEnd();
      q.schedule('item:mri', be.save('mri v1'));
      await wait(DELAY);
      q.schedule('item:mri', be.save('mri v2'));
      await be.fail('mri v1', notAnswering());
      expect(q.state().state).toBe('error');
      await wait(DELAY);
      await be.answer('mri v2');
      await wait(60_000);
      expect(be.sent).toEqual(['mri v1', 'mri v2']);
      expect(q.state().state).toBe('saved');
    });
  });

  describe('flush', () => {
    it('sends what is pending at once and resolves only after the back end answered', async () => {
      const q = createSaveQueue(DELAY);
      const be = heldBackEnd();
      q.schedule('summary', be.save('summary'));
      let flushed = false;
      const flushing = q.flush().then(() => (flushed = true));
      await wait(0);
      expect(be.sent).toEqual(['summary']);
      expect(flushed).toBe(false);
      await be.answer('summary');
      await flushing;
      expect(q.state().state).toBe('saved');
      await wait(DELAY);
      expect(be.sent).toEqual(['summary']);
    });

    it('waits for a save already in flight and for the edits queued behind it', async () => {
      const q = createSaveQueue(DELAY);
      const be = heldBackEnd();
      q.schedule('summary', be.save('summary'));
      await wait(DELAY);
      q.schedule('item:mri', be.save('mri'));
      let flushed = false;
      const flushing = q.flush().then(() => (flushed = true));
      await be.answer('summary');
      expect(flushed).toBe(false);
      expect(be.sent).toEqual(['summary', 'mri']);
      await be.answer('mri');
      await flushing;
      expect(q.state().state).toBe('saved');
    });

    it('resolves after a failure without throwing, leaves the error for the caller to read, and the next flush sends the save again', async () => {
      const q = createSaveQueue(DELAY);
      const be = heldBackEnd();
      q.schedule('item:mri', be.save('mri'));
      const first = q.flush();
      await be.fail('mri', notAnswering());
      await expect(first).resolves.toBeUndefined();
      expect(q.state().state).toBe('error');

      const second = q.flush();
      await wait(0);
      await be.answer('mri');
      await second;
      expect(be.sent).toEqual(['mri', 'mri']);
      expect(q.state()).toMatchObject({ state: 'saved', error: null });
    });
  });
});

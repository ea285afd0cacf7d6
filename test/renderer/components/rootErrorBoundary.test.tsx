// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionStatus } from '../../../shared/ipc/contracts/sessionContract';

const replies: Record<string, unknown> = {};
const methodsCalled: string[] = [];
vi.mock('../../../renderer/src/api', () => ({
  call: async (method: string) => {
    methodsCalled.push(method);
    if (!(method in replies)) throw new Error(`unexpected ${method}`);
    return replies[method];
  },
  onBackendEvent: () => () => undefined,
}));

const { RootErrorBoundary } = await import('../../../renderer/src/components/RootErrorBoundary');
const { App } = await import('../../../renderer/src/App');

const failure = new Error('Cannot read the rationale of item 2');

function Thrower(): never {
  throw failure;
}

function setClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

describe('RootErrorBoundary', () => {
  beforeEach(() => {
    // React reports every caught render error on the console; the test reads the screen instead.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  it('shows the app as it is while nothing throws', () => {
    render(
      <RootErrorBoundary reload={vi.fn()}>
        <p>Assigned cases</p>
      </RootErrorBoundary>,
    );
    expect(screen.getByText('Assigned cases')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says in plain words what happened and that the draft is safe, with keyboard focus on that message', () => {
    render(
      <>
        <button type="button" autoFocus>
          elsewhere
        </button>
        <RootErrorBoundary reload={vi.fn()}>
          <Thrower />
        </RootErrorBoundary>
      </>,
    );
    const message = screen.getByRole('alert');
    expect(message.querySelector('h1')?.textContent).toBe('This screen stopped working');
    expect(message.textContent).toContain('What happened: Cannot read the rationale of item 2');
    expect(message.textContent).toContain('Your draft is safe.');
    expect(document.activeElement).toBe(message);
  });

  it('"Reload the window" reloads, and nothing else', () => {
    const reload = vi.fn();
    render(
      <RootErrorBoundary reload={reload}>
        <Thrower />
      </RootErrorBoundary>,
    );
    expect(reload).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Reload the window' }));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('"Copy details" puts the message and the stack on the clipboard', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    setClipboard(writeText);
    render(
      <RootErrorBoundary reload={vi.fn()}>
        <Thrower />
      </RootErrorBoundary>,
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy details' })));
    expect(writeText).toHaveBeenCalledOnce();
    const copied = writeText.mock.calls[0]?.[0] ?? '';
    expect(copied.startsWith('Cannot read the rationale of item 2\n\n')).toBe(true);
    expect(copied).toContain(failure.stack);
    expect(copied).toContain('Where in the screen:');
    expect(copied).toContain('at Thrower');
    expect(screen.getByRole('status').textContent).toBe('The details are on the clipboard.');
  });

  it('says so when the clipboard refuses, and keeps the details on screen to copy by hand', async () => {
    setClipboard(async () => {
      throw new Error('Document is not focused.');
    });
    render(
      <RootErrorBoundary reload={vi.fn()}>
        <Thrower />
      </RootErrorBoundary>,
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy details' })));
    expect(screen.getByRole('status').textContent).toContain(
      'The details could not be copied (Document is not focused.)',
    );
    const details = screen.getByText('Technical details').closest('details')?.querySelector('pre')?.textContent ?? '';
    expect(details.startsWith('Cannot read the rationale of item 2\n\n')).toBe(true);
    expect(details).toContain(failure.stack);
  });
});

describe('App', () => {
  const unlocked: SessionStatus = {
    state: 'unlocked',
    keyKind: 'static',
    unprotected: null,
    unlockWith: 'os',
    reason: null,
    message: null,
    lockReason: null,
    lockRequested: false,
    autoLockMinutes: 15,
    backups: [],
  };

  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    methodsCalled.length = 0;
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('shows the crash screen, not a blank window, when a screen inside it throws while rendering', async () => {
    Object.assign(replies, {
      'session.status': unlocked,
      'app.info': { today: '2026-11-24' },
      // A reply the inbox cannot draw: rendering its rows throws.
      'cases.list': [null],
    });
    render(<App />);
    const message = await screen.findByRole('alert');
    expect(message.textContent).toContain('This screen stopped working');
    expect(message.textContent).toMatch(/What happened: .*null/);
    expect(document.activeElement).toBe(message);
    expect(methodsCalled).toContain('cases.list');
  });
});

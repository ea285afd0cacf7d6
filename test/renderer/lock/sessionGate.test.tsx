// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { PASSPHRASE, passphraseBackend, type PassphraseBackend } from '../../support/passphraseBackend';
import { tempDir } from '../../support/tempDir';
import type {} from '../../../renderer/src/api';

const dir = tempDir('imr-lockui-');
const b: PassphraseBackend = await passphraseBackend(dir.path);
// api.ts picks its transport when first imported, so the bridge is in place before the components load.
window.workstation = {
  transport: 'electron',
  invoke: (method, payload) => b.backend.registrar.invoke(method, payload, { transport: 'in-process' }),
  recordUrl: (id) => `imr-record://record/${id}`,
};
afterAll(() => {
  cleanup();
  b.backend.close();
  dir.remove();
});

const { SessionGate } = await import('../../../renderer/src/features/lock/SessionGate');
const { onBeforeLock } = await import('../../../renderer/src/features/lock/beforeLock');

const typeInto = (label: RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('SessionGate', () => {
  it('asks for a new passphrase twice, says there is no back door, and only then shows the workspace', async () => {
    render(
      <SessionGate>
        <p>Case workspace</p>
      </SessionGate>,
    );
    expect(await screen.findByRole('heading', { name: /protect this workspace/i })).toBeTruthy();
    expect(screen.getByText(/no back door/i)).toBeTruthy();
    expect(screen.getByText(/No system keyring in this test/)).toBeTruthy();
    expect(screen.queryByText('Case workspace')).toBeNull();
    typeInto(/^new passphrase/i, PASSPHRASE);
    typeInto(/type it again/i, `${PASSPHRASE}!`);
    expect((screen.getByRole('button', { name: /set passphrase/i }) as HTMLButtonElement).disabled).toBe(true);
    typeInto(/type it again/i, PASSPHRASE);
    fireEvent.click(screen.getByRole('button', { name: /set passphrase/i }));
    expect(await screen.findByText('Case workspace', {}, { timeout: 5000 })).toBeTruthy();
  });

  it('flushes pending saves, then removes the workspace from the screen when locked', async () => {
    const flush = vi.fn(async () => {
      expect(b.backend.session.status().state).toBe('unlocked');
    });
    const stop = onBeforeLock(flush);
    fireEvent.click(screen.getByRole('button', { name: 'Lock' }));
    expect(await screen.findByRole('heading', { name: /locked/i })).toBeTruthy();
    expect(flush).toHaveBeenCalledOnce();
    expect(screen.queryByText('Case workspace')).toBeNull();
    expect(b.backend.session.status().state).toBe('locked');
    stop();
  });

  it('shows the reason for a wrong passphrase and opens again with the right one', async () => {
    typeInto(/^passphrase/i, 'not it at all');
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not correct/);
    typeInto(/^passphrase/i, PASSPHRASE);
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText('Case workspace', {}, { timeout: 5000 })).toBeTruthy();
  });

  it('saves and locks on its own when the back end reports system sleep', async () => {
    const flush = vi.fn();
    const stop = onBeforeLock(flush);
    act(() => b.backend.session.requestLock());
    expect(await screen.findByRole('heading', { name: /locked/i }, { timeout: 5000 })).toBeTruthy();
    expect(flush).toHaveBeenCalled();
    expect(b.backend.session.status()).toMatchObject({ state: 'locked', lockReason: 'system' });
    stop();
  });
});

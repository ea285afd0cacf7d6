// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createEnrolmentCode } from '../../../server/enrolment/createEnrolmentCode';
import { findCertificate } from '../../../server/repositories/certificateRepository';
import {
  REVIEWER,
  startSyncServerForTest,
  type SyncServerForTest,
} from '../../electron/sync/support/syncServerForTest';
import { fastSyncOptions } from '../../electron/sync/support/syncedWorkspaceForTest';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';
import type {} from '../../../renderer/src/api';

const tw: TestWorkspace = await createTestWorkspace({ syncOptions: fastSyncOptions() });
// api.ts picks its transport when first imported, so the bridge is in place before the components load.
window.workstation = {
  transport: 'electron',
  invoke: (method, payload) => tw.backend.registrar.invoke(method, payload, { transport: 'in-process' }),
  recordUrl: (id) => `imr-record://record/${id}`,
};
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false;
};
const { SyncBar } = await import('../../../renderer/src/features/sync/SyncBar');

const typeInto = (label: RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('Sync settings: enrolment code and the signing certificate', () => {
  let server: SyncServerForTest;
  beforeAll(async () => {
    server = await startSyncServerForTest();
  });
  afterAll(async () => {
    cleanup();
    tw.dispose();
    await server.stop();
  });

  it('signs in with an enrolment code, shows the certificate the server registered, and saves it as a PEM file', async () => {
    render(<SyncBar onSynced={() => undefined} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Sync settings' }));
    expect(await screen.findByText(/No signing certificate yet for RVW-0001/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save certificate…' })).toBeNull();

    fireEvent.click(screen.getByLabelText(/An enrolment code/));
    const { code } = await createEnrolmentCode(server.adminDb(), REVIEWER, { now: new Date() });
    typeInto(/Server address/, server.server.url);
    typeInto(/Enrolment code/, code);
    typeInto(/Choose a signing passphrase/, 'correct horse battery');
    typeInto(/Repeat the signing passphrase/, 'correct horse battery');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText(/Signed in to/, {}, { timeout: 20_000 })).toBeTruthy();

    const fingerprint = (await screen.findByText(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/, {}, { timeout: 5000 }))
      .textContent!;
    const sha256 = fingerprint.replaceAll(':', '').toLowerCase();
    expect(await findCertificate(server.adminDb().query, sha256)).toMatchObject({ reviewerId: REVIEWER });

    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:certificate';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save certificate…' }));
    click.mockRestore();
    expect(clicked.map((a) => a.download)).toEqual(['RVW-0001-signing-certificate.pem']);
    const pem = await blobs[0]!.text();
    expect(pem).toMatch(/^-----BEGIN CERTIFICATE-----/);
    expect(pem).toBe((await findCertificate(server.adminDb().query, sha256))!.pem);
    await waitFor(() => expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:certificate'));
  }, 60_000);
});

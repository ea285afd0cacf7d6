import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPassphraseProtector } from '../../../electron/core/signingIdentity/createPassphraseProtector';
import { identityDirFor } from '../../../electron/core/signingIdentity/identityDirFor';
import { loadSigningIdentity } from '../../../electron/core/signingIdentity/loadSigningIdentity';
import { signLetterPdf } from '../../../electron/core/signing/signLetterPdf';
import { createEnrolmentCode } from '../../../server/enrolment/createEnrolmentCode';
import { findCertificate } from '../../../server/repositories/certificateRepository';
import { listReceiptsOf } from '../../../server/repositories/packageRepository';
import type { TestWorkspace } from '../../support/createTestWorkspace';
import { createTestWorkspace } from '../../support/createTestWorkspace';
import { TEST_ENGINE } from '../../support/serverBackendForTest';
import { signCaseForTest } from './support/signForTest';
import { REVIEWER, startSyncServerForTest, type SyncServerForTest } from './support/syncServerForTest';
import { fastSyncOptions, openWorkspaceOf } from './support/syncedWorkspaceForTest';

const PASSPHRASE = 'correct horse battery';

describe(`signing in with an enrolment code (${TEST_ENGINE})`, () => {
  let server: SyncServerForTest;
  let tw: TestWorkspace;
  const newCode = async () => (await createEnrolmentCode(server.adminDb(), REVIEWER, { now: new Date() })).code;

  beforeEach(async () => {
    server = await startSyncServerForTest();
    tw = await createTestWorkspace({ syncOptions: fastSyncOptions() });
  });
  afterEach(async () => {
    tw.dispose();
    await server.stop();
  });

  it('makes the signing key, registers its certificate and signs in, so the first upload is accepted without an administrator step', async () => {
    expect(await tw.call('sync.certificate', {})).toEqual({
      reviewerId: REVIEWER,
      certificate: null,
      protection: 'passphrase',
    });
    const code = await newCode();
    await expect(tw.call('sync.enrol', { serverUrl: server.server.url, code })).rejects.toThrow(
      /Choose a signing passphrase/,
    );
    const status = await tw.call('sync.enrol', { serverUrl: server.server.url, code, passphrase: PASSPHRASE });
    expect(status).toMatchObject({ configured: true, reviewer: { reviewerId: REVIEWER }, needsSignIn: false });

    const mine = await tw.call('sync.certificate', {});
    expect(mine.certificate?.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(mine.certificate?.pem).toContain('BEGIN CERTIFICATE');
    const registered = await findCertificate(server.adminDb().query, mine.certificate!.sha256);
    expect(registered).toMatchObject({ reviewerId: REVIEWER, revokedAt: null });

    // Sign with the very key the enrolment made, and upload: the server knows its certificate already.
    const a = await server.assign(1);
    expect((await tw.call('sync.run', {})).lastError).toBeNull();
    const identity = loadSigningIdentity(identityDirFor(tw.dataDir, REVIEWER), createPassphraseProtector(PASSPHRASE));
    const doc = await PDFDocument.create();
    doc
      .addPage()
      .drawText('Final Determination Letter', { x: 72, y: 700, font: await doc.embedFont(StandardFonts.Helvetica) });
    signCaseForTest(openWorkspaceOf(tw), a.caseId, {
      identity,
      letter: await signLetterPdf(await doc.save(), identity),
    });
    const uploaded = await tw.call('sync.run', {});
    expect(uploaded.uploadProblems).toEqual([]);
    expect(uploaded.pendingUploads).toBe(0);
    expect((await listReceiptsOf(server.adminDb().query, REVIEWER)).map((r) => r.receipt.caseId)).toEqual([a.caseId]);
  });

  it('says in words when a code is mistyped or already used, and keeps the existing certificate for a new code', async () => {
    const code = await newCode();
    await tw.call('sync.enrol', { serverUrl: server.server.url, code, passphrase: PASSPHRASE });
    const first = (await tw.call('sync.certificate', {})).certificate?.sha256;
    await expect(tw.call('sync.enrol', { serverUrl: server.server.url, code })).rejects.toThrow(
      /did not accept this enrolment code: it is mistyped, already used or expired/,
    );
    await expect(tw.call('sync.enrol', { serverUrl: server.server.url, code: 'this is not a code' })).rejects.toThrow(
      /12 letters and digits/,
    );
    // A second device or a re-install: a new code, no passphrase needed, the same certificate.
    await tw.call('sync.enrol', { serverUrl: server.server.url, code: await newCode() });
    expect((await tw.call('sync.certificate', {})).certificate?.sha256).toBe(first);
  });
});

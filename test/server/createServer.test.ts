import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_UPLOAD_LIMIT_BYTES } from '../../server/createServer';
import { registerCertificate } from '../../server/certificates/registerCertificate';
import { findCaseByNumber } from '../../server/repositories/caseRepository';
import { buildTestPackage, createTestSigner } from './support/buildTestPackage';
import { REVIEWER_A, startTestServer, type TestServer } from './support/startTestServer';
import { uploadPackage } from './support/uploadPackage';

describe('createServer', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());

  it('accepts a 24 MB letter when the default upload limit applies', async () => {
    expect(DEFAULT_UPLOAD_LIMIT_BYTES).toBeGreaterThanOrEqual(48 * 1024 * 1024);
    const signer = await createTestSigner(REVIEWER_A);
    await registerCertificate(t.server.db, REVIEWER_A, signer.certificatePem, t.now);
    const caseId = (await findCaseByNumber(t.server.db.query, 'CM24-0100101'))!.id;
    const pkg = await buildTestPackage(signer, {
      caseId,
      caseNumber: 'CM24-0100101',
      letterPadding: randomBytes(24 * 1024 * 1024),
    });
    expect(pkg.files['letter.pdf'].length).toBeGreaterThan(32 * 1024 * 1024);
    const response = await uploadPackage(t.server.url, t.tokens.a, pkg);
    expect(response.status).toBe(201);
  });

  it('only listens on 127.0.0.1 when no host is given', () => {
    expect(t.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const address = t.server.app.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
  });
});

import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackageTransport } from '../../shared/domain/signedPackage';
import { determinationReceiptSchema } from '../../shared/sync/determinationUploadSchema';
import { syncErrorBodySchema } from '../../shared/sync/syncErrorBodySchema';
import { IDEMPOTENT_REPLAYED_HEADER } from '../../shared/sync/syncProtocolVersion';
import { SYNC_ROUTES } from '../../shared/sync/syncRoutes';
import { registerCertificate } from '../../server/certificates/registerCertificate';
import { findCaseByNumber } from '../../server/repositories/caseRepository';
import { countPackages } from '../../server/repositories/packageRepository';
import { buildTestPackage, createTestSigner, type TestSigner } from './support/buildTestPackage';
import { REVIEWER_A, REVIEWER_B, startTestServer, type TestServer } from './support/startTestServer';
import { syncRequest } from './support/syncRequest';
import { uploadPackage } from './support/uploadPackage';

const CASE_A = 'CM24-0100101';
const CASE_A2 = 'CM24-0100102';
const CASE_B = 'CM24-0100103';

async function errorOf(
  response: Response,
): Promise<{ status: number; code: string; message: string; problems?: { file: string; code: string }[] }> {
  const body = syncErrorBodySchema.parse(await response.json());
  return { status: response.status, ...body.error };
}

describe('determinationRoutes', () => {
  let t: TestServer;
  let signerA: TestSigner;
  let signerB: TestSigner;
  const caseIdOf = async (caseNumber: string): Promise<string> =>
    (await findCaseByNumber(t.server.db.query, caseNumber))!.id;
  const packageFor = async (
    caseNumber: string,
    options: { version?: number; signer?: TestSigner; letterText?: string } = {},
  ): Promise<PackageTransport> =>
    buildTestPackage(options.signer ?? signerA, {
      caseId: await caseIdOf(caseNumber),
      caseNumber,
      version: options.version,
      letterText: options.letterText,
    });

  beforeAll(async () => {
    t = await startTestServer({ uploadLimitBytes: 256 * 1024 });
    signerA = await createTestSigner(REVIEWER_A);
    signerB = await createTestSigner(REVIEWER_B);
    await registerCertificate(t.server.db, REVIEWER_A, signerA.certificatePem, t.now);
    await registerCertificate(t.server.db, REVIEWER_B, signerB.certificatePem, t.now);
  });
  afterAll(() => t.stop());

  it('stores a verified package and answers 201 with a receipt naming the manifest hash', async () => {
    const pkg = await packageFor(CASE_A);
    const before = await countPackages(t.server.db.query);
    const response = await uploadPackage(t.server.url, t.tokens.a, pkg);
    expect(response.status).toBe(201);
    expect(response.headers.get(IDEMPOTENT_REPLAYED_HEADER)).toBe('false');
    const receipt = determinationReceiptSchema.parse(await response.json());
    expect(receipt).toMatchObject({ caseNumber: CASE_A, caseId: await caseIdOf(CASE_A), determinationVersion: 1 });
    expect(receipt.packageSha256).toBe(createHash('sha256').update(pkg.manifestJson, 'utf8').digest('hex'));
    expect(await countPackages(t.server.db.query)).toBe(before + 1);
  });

  it('returns the original receipt and stores nothing when the same upload is repeated with its key', async () => {
    const pkg = await packageFor(CASE_A2);
    const key = randomUUID();
    const first = determinationReceiptSchema.parse(
      await (await uploadPackage(t.server.url, t.tokens.a, pkg, key)).json(),
    );
    const count = await countPackages(t.server.db.query);
    const again = await uploadPackage(t.server.url, t.tokens.a, pkg, key);
    expect(again.status).toBe(201);
    expect(again.headers.get(IDEMPOTENT_REPLAYED_HEADER)).toBe('true');
    expect(await again.json()).toEqual(first);
    const newKey = await uploadPackage(t.server.url, t.tokens.a, pkg);
    expect(await newKey.json()).toEqual(first);
    expect(await countPackages(t.server.db.query)).toBe(count);
  });

  it('answers 409 when a used key comes with a different package', async () => {
    const key = randomUUID();
    expect((await uploadPackage(t.server.url, t.tokens.a, await packageFor(CASE_A, { version: 7 }), key)).status).toBe(
      201,
    );
    const clash = await errorOf(
      await uploadPackage(t.server.url, t.tokens.a, await packageFor(CASE_A, { version: 8 }), key),
    );
    expect(clash).toMatchObject({ status: 409, code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('answers 409 when the same determination version arrives with other content, and accepts the next version', async () => {
    expect((await uploadPackage(t.server.url, t.tokens.a, await packageFor(CASE_A, { version: 3 }))).status).toBe(201);
    const other = await packageFor(CASE_A, { version: 3, letterText: 'A different letter' });
    expect(await errorOf(await uploadPackage(t.server.url, t.tokens.a, other))).toMatchObject({
      status: 409,
      code: 'VERSION_ALREADY_RECEIVED',
    });
    expect((await uploadPackage(t.server.url, t.tokens.a, await packageFor(CASE_A, { version: 4 }))).status).toBe(201);
  });

  it('rejects with 422 and names the file when a file does not match the manifest', async () => {
    const pkg = await packageFor(CASE_A, { version: 20 });
    const tampered = {
      ...pkg,
      files: { ...pkg.files, 'letter.pdf': Buffer.from('%PDF-1.7 forged').toString('base64') },
    };
    const error = await errorOf(await uploadPackage(t.server.url, t.tokens.a, tampered));
    expect(error).toMatchObject({ status: 422, code: 'PACKAGE_INVALID' });
    expect(error.problems?.map((p) => p.file)).toContain('letter.pdf');
    expect(error.message).toContain('letter.pdf');
  });

  it('rejects with 422 when the manifest was changed after signing', async () => {
    const pkg = await packageFor(CASE_A, { version: 21 });
    const error = await errorOf(
      await uploadPackage(t.server.url, t.tokens.a, { ...pkg, manifestJson: pkg.manifestJson + '\n' }),
    );
    expect(error).toMatchObject({ status: 422, code: 'PACKAGE_INVALID' });
    expect(error.problems).toContainEqual(expect.objectContaining({ file: 'manifest.json', code: 'MANIFEST_CHANGED' }));
  });

  it('rejects with 422 CERTIFICATE_NOT_REGISTERED when the signing certificate is not registered to the reviewer', async () => {
    const stranger = await createTestSigner(REVIEWER_A);
    const error = await errorOf(
      await uploadPackage(t.server.url, t.tokens.a, await packageFor(CASE_A, { version: 22, signer: stranger })),
    );
    expect(error).toMatchObject({ status: 422, code: 'CERTIFICATE_NOT_REGISTERED' });
  });

  it('rejects with 422 PACKAGE_REVIEWER_MISMATCH when a package signed by another reviewer is uploaded', async () => {
    const error = await errorOf(
      await uploadPackage(t.server.url, t.tokens.a, await packageFor(CASE_A, { version: 23, signer: signerB })),
    );
    expect(error).toMatchObject({ status: 422, code: 'PACKAGE_REVIEWER_MISMATCH' });
  });

  it("rejects with 422 CASE_NOT_ASSIGNED when the case is another reviewer's", async () => {
    const error = await errorOf(await uploadPackage(t.server.url, t.tokens.a, await packageFor(CASE_B)));
    expect(error).toMatchObject({ status: 422, code: 'CASE_NOT_ASSIGNED' });
    expect(error.message).toContain(CASE_B);
  });

  it('rejects with 422 CASE_MISMATCH when the package names another case id', async () => {
    const pkg = await buildTestPackage(signerA, { caseId: 'some-other-id', caseNumber: CASE_A, version: 24 });
    expect(await errorOf(await uploadPackage(t.server.url, t.tokens.a, pkg))).toMatchObject({
      status: 422,
      code: 'CASE_MISMATCH',
    });
  });

  it('rejects with 422 BAD_BASE64 when a file is not valid base64', async () => {
    const pkg = await packageFor(CASE_A, { version: 25 });
    const error = await errorOf(
      await uploadPackage(t.server.url, t.tokens.a, { ...pkg, files: { ...pkg.files, 'letter.pdf': 'not base64!!' } }),
    );
    expect(error).toMatchObject({ status: 422, code: 'PACKAGE_INVALID' });
    expect(error.problems?.[0]).toMatchObject({ file: 'letter.pdf', code: 'BAD_BASE64' });
  });

  it('answers 400 when the Idempotency-Key is missing or the body is not a package', async () => {
    const noKey = await syncRequest(t.server.url, SYNC_ROUTES.determinations, t.tokens.a, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(await packageFor(CASE_A)),
    });
    expect(await errorOf(noKey)).toMatchObject({ status: 400, code: 'IDEMPOTENCY_KEY_REQUIRED' });
    expect(await errorOf(await uploadPackage(t.server.url, t.tokens.a, '{"manifestJson": 1}'))).toMatchObject({
      status: 400,
      code: 'INVALID_INPUT',
    });
    expect(await errorOf(await uploadPackage(t.server.url, t.tokens.a, '{not json'))).toMatchObject({
      status: 400,
      code: 'INVALID_INPUT',
    });
  });

  it('answers 415 when the body is not JSON', async () => {
    const response = await syncRequest(t.server.url, SYNC_ROUTES.determinations, t.tokens.a, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'idempotency-key': randomUUID() },
      body: 'hello',
    });
    expect(await errorOf(response)).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('answers 413 and stores nothing when the upload is larger than the limit', async () => {
    const before = await countPackages(t.server.db.query);
    const big = await buildTestPackage(signerA, {
      caseId: await caseIdOf(CASE_A),
      caseNumber: CASE_A,
      version: 30,
      letterPadding: randomBytes(300 * 1024),
    });
    const error = await errorOf(await uploadPackage(t.server.url, t.tokens.a, big));
    expect(error).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    expect(error.message).toMatch(/MB/);
    expect(await countPackages(t.server.db.query)).toBe(before);
  });
});

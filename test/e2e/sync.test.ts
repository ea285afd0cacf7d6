import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Invoke } from '../../electron/core/api/createInvoker';
import { buildSampleCase } from '../../electron/core/demo/buildSampleCase';
import { renderDemoCase } from '../../electron/core/demo/renderDemoCase';
import { createSeededRandom } from '../../shared/random/createSeededRandom';
import { identityDirFor } from '../../electron/core/signingIdentity/identityDirFor';
import { assignCase } from '../../server/assignments/assignCase';
import { withdrawCase } from '../../server/assignments/withdrawCase';
import type { LoadedCaseFolder } from '../../server/assignments/readCaseFolder';
import { issueToken } from '../../server/auth/issueToken';
import { registerCertificate } from '../../server/certificates/registerCertificate';
import { listReceiptsOf } from '../../server/repositories/packageRepository';
import { createReviewer } from '../../server/reviewers/createReviewer';
import { startServer, type RunningServer } from '../../server/startServer';
import { MRI_UPHELD, OWN_PROFILE, SUMMARY, XRAY_OVERTURNED } from '../support/sampleCase';
import { syntheticCaseFolder } from '../electron/sync/support/syncServerForTest';
import { collectPageErrors, launchChromium, saveScreenshot } from './support/launchChromium';
import { startShellForTest, type ShellUnderTest } from './support/startShellForTest';

const REVIEWER = OWN_PROFILE.reviewerId;
const SAMPLE_CASE = 'CM14-0012345';
const PASSPHRASE = 'sync end-to-end passphrase';

/** The app's sample-letter case (same generator, same day) as a case folder the server can assign. */
async function sampleCaseFolder(today: string): Promise<LoadedCaseFolder> {
  const demo = await renderDemoCase(buildSampleCase(today, createSeededRandom(1)));
  const { items, documents, ...record } = demo;
  return {
    caseFile: {
      case: record,
      items: items.map((i) => ({
        requestedTreatment: i.requestedTreatment,
        urDecision: i.urDecision,
        caGuideline: i.caGuideline,
      })),
      documents: documents.map((d, index) => ({
        title: d.title,
        docType: d.docType,
        provider: d.provider,
        serviceDate: d.serviceDate,
        file: `record-${index}.pdf`,
        mimeType: 'application/pdf',
      })),
    },
    files: documents.map((d) => ({
      bytes: Buffer.from(d.pdf),
      mimeType: 'application/pdf',
      pageCount: d.pages.length,
    })),
  };
}

describe('sync end to end', () => {
  let server: RunningServer;
  let serverDir: string;
  let token: string;
  let app: ShellUnderTest;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const backendCall: Invoke = (method, input) => app.backend.invoke(method, input);
  const row = (caseNumber: string) => page.locator(`tr[data-case-number="${caseNumber}"]`);

  beforeAll(async () => {
    serverDir = mkdtempSync(join(tmpdir(), 'imr-e2e-sync-server-'));
    server = await startServer({
      database: { engine: 'sqlite', file: join(serverDir, 'server.db') },
      storage: { primary: 'fs', fallbacks: [], dir: join(serverDir, 'records') },
      port: 0,
    });
    await createReviewer(server.db, REVIEWER, 'Dr. Alex Reviewer', new Date());
    token = (await issueToken(server.db, REVIEWER, { now: new Date() })).token;
    app = await startShellForTest();
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    errors = collectPageErrors(page);
    await page.goto(app.shell.launchUrl);
    await page.getByRole('table', { name: 'Assigned cases' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await server?.close();
    if (serverDir) rmSync(serverDir, { recursive: true, force: true });
  });

  it('explains how to connect, without an error, when the demo workspace has no server', async () => {
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Demo workspace' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Connect…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sync settings' });
    await expect.poll(() => dialog.textContent()).toContain('This is the demo workspace; it works without a server');
    expect(await page.locator('.sync-error').count()).toBe(0);
    await saveScreenshot(page, 'sync-connect-dialog');
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('signs in through the settings dialog, keeping a copy of the demo work first, and shows a newly assigned case after syncing', async () => {
    await assignCase(server.db, server.storage, REVIEWER, await sampleCaseFolder('2026-11-24'), new Date());
    // Work the reviewer did on a demo case: signing in replaces the demo cases, so the dialog must say so first.
    const [demoCase] = await backendCall('cases.list', { query: 'CM26-0042201' });
    const demoItem = (await backendCall('cases.get', { caseId: demoCase!.id })).items[0]!;
    await backendCall('determinations.saveItem', { caseId: demoCase!.id, itemId: demoItem.id, decision: 'upheld' });
    await page.getByRole('button', { name: 'Sync settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sync settings' });
    const work = dialog.getByRole('region', { name: 'Your work on the demo cases' });
    await expect.poll(() => work.textContent()).toContain('CM26-0042201: your edited determination');
    await dialog.getByLabel('Server address').fill(server.url);
    await dialog.getByLabel('Token', { exact: true }).fill('imr_wrong-token-for-this-server');
    expect(await dialog.getByRole('button', { name: 'Sign in' }).isDisabled()).toBe(true);
    const exportDir = join(serverDir, 'demo-work');
    await work.getByLabel('Export into this folder (new or empty)').fill(exportDir);
    await work.getByRole('button', { name: 'Export my work' }).click();
    await expect.poll(() => work.getByRole('status').textContent()).toContain(`Exported to ${exportDir}`);
    expect(readFileSync(join(exportDir, 'CM26-0042201', 'determination.txt'), 'utf8')).toContain(': upheld');
    await saveScreenshot(page, 'sync-sign-in-keeps-demo-work');
    await work.getByLabel(/Replace the demo cases, including this work/).check();
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('did not accept this token');
    expect(await backendCall('cases.list', { query: 'CM26-0042201' })).toHaveLength(1);
    await dialog.getByLabel('Token', { exact: true }).fill(token);
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => dialog.textContent()).toContain(`as Dr. Alex Reviewer (${REVIEWER})`);
    expect(await dialog.getByRole('status').filter({ hasText: 'demo cases were replaced' }).textContent()).toMatch(
      /A backup of the workspace as it was is kept: before-sign-in-/,
    );
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.locator('.case-table tbody tr').count()).toBe(0);

    await page.getByRole('button', { name: 'Sync', exact: true }).click();
    await expect.poll(() => row(SAMPLE_CASE).count(), { timeout: 60_000 }).toBe(1);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Last sync' }).textContent())
      .toContain('nothing waiting to upload');
    await saveScreenshot(page, 'sync-after-first-sync');
  });

  it('shows a record that arrives in a background sync by itself, without a click or reopening the case', async () => {
    const [summary] = await backendCall('cases.list', { query: SAMPLE_CASE });
    const docs = await backendCall('records.documents', { caseId: summary!.id });
    const missing = docs.find((d) => d.mimeType === 'application/pdf')!;
    // A record that has not arrived yet: its encrypted file is not in the local store.
    rmSync(join(app.dataDir, 'records', missing.sha256.slice(0, 2), missing.sha256));
    await page.getByRole('button', { name: SAMPLE_CASE }).click();
    await page.getByRole('heading', { name: SAMPLE_CASE }).waitFor();
    await page.getByRole('navigation', { name: 'Case documents' }).getByRole('button', { name: missing.title }).click();
    const notice = page.locator('.viewer-empty');
    await expect.poll(() => notice.textContent()).toContain('cannot be shown yet');
    const tick = page.getByLabel(`Mark ${missing.title} reviewed`);
    expect(await tick.isDisabled()).toBe(true);
    await saveScreenshot(page, 'sync-record-not-downloaded');

    // The background scheduler's sync, not a click in this window.
    const synced = await backendCall('sync.run', {});
    expect(synced.lastError).toBeNull();
    expect(synced.lastRun?.recordsDownloaded).toBe(1);
    await page.locator('.pdfViewer .page[data-page-number="1"] canvas').waitFor({ timeout: 30_000 });
    expect(await notice.count()).toBe(0);
    await expect.poll(() => tick.isDisabled()).toBe(false);
    await saveScreenshot(page, 'sync-record-arrived');
    await page.getByRole('button', { name: 'Back to inbox' }).click();
    expect(errors).toEqual([]);
  });

  it('uploads a determination signed in the case screen and shows its receipt after Ctrl+Shift+S', async () => {
    const [summary] = await backendCall('cases.list', { query: SAMPLE_CASE });
    const caseId = summary!.id;
    const detail = await backendCall('cases.get', { caseId });
    const [mri, xray] = detail.items;
    // The determination and the reviewer's own profile are written through the back end (the editor and the profile
    // dialog have their own end-to-end tests); signing goes through the UI.
    await backendCall('profile.save', { profile: OWN_PROFILE });
    await backendCall('determinations.saveSummary', { caseId, summary: SUMMARY });
    await backendCall('determinations.saveItem', {
      caseId,
      itemId: mri!.id,
      decision: 'upheld',
      rationale: MRI_UPHELD,
    });
    await backendCall('determinations.saveItem', {
      caseId,
      itemId: xray!.id,
      decision: 'overturned',
      rationale: XRAY_OVERTURNED,
    });
    for (const doc of detail.documents)
      await backendCall('documents.setReviewed', { documentId: doc.id, reviewed: true });
    await page.getByRole('button', { name: SAMPLE_CASE }).click();
    await page.getByRole('heading', { name: SAMPLE_CASE }).waitFor();
    const sign = page.getByRole('button', { name: 'Sign…' }).first();
    await expect.poll(() => sign.isDisabled(), { timeout: 30_000 }).toBe(false);
    await sign.click();
    const dialog = page.getByRole('dialog', { name: `Sign ${SAMPLE_CASE}` });
    await dialog.getByLabel('Choose a signing passphrase').fill(PASSPHRASE);
    await dialog.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
    await dialog.getByRole('button', { name: 'Sign and lock' }).click();
    await page.getByTestId('signed-banner').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Back to inbox' }).click();
    const certificate = readFileSync(join(identityDirFor(app.dataDir, REVIEWER), 'certificate.pem'), 'utf8');
    await registerCertificate(server.db, REVIEWER, certificate, new Date());
    await assignCase(server.db, server.storage, REVIEWER, syntheticCaseFolder(42, 1, 4096), new Date());

    await expect.poll(() => page.getByRole('status').filter({ hasText: '1 upload waiting' }).count()).toBe(1);
    await page.locator('body').press('Control+Shift+S');
    const notice = page.locator('.sync-notice-ok');
    await expect
      .poll(() => notice.textContent(), { timeout: 60_000 })
      .toContain(`Uploaded ${SAMPLE_CASE} (version 1): receipt`);
    const [stored] = (await listReceiptsOf(server.db.query, REVIEWER))
      .filter((ref) => ref.receipt.caseId === caseId)
      .map((ref) => ref.receipt);
    if (!stored) throw new Error(`The server has no package for ${SAMPLE_CASE}`);
    expect(await notice.textContent()).toContain(stored.receiptId);
    await expect.poll(() => row(SAMPLE_CASE).locator('.status').textContent()).toBe('Uploaded');
    await expect.poll(() => row('CM15-0000042').count()).toBe(1);
    expect(await page.getByRole('status').filter({ hasText: 'Last sync' }).textContent()).toContain(
      'nothing waiting to upload',
    );
    await saveScreenshot(page, 'sync-receipt-shown');

    await page.getByRole('button', { name: 'Sync settings' }).click();
    const receipts = page.getByRole('region', { name: 'Upload receipts' });
    await expect.poll(() => receipts.textContent()).toContain(stored.receiptId);
    const certificatePanel = page.getByRole('region', { name: 'Your signing certificate' });
    const fingerprint = createHash('sha256').update(new X509Certificate(certificate).raw).digest('hex');
    await expect
      .poll(() => certificatePanel.textContent())
      .toContain((fingerprint.toUpperCase().match(/.{2}/g) ?? []).join(':'));
    expect(await certificatePanel.getByRole('button', { name: 'Save certificate…' }).count()).toBe(1);
    await saveScreenshot(page, 'sync-settings-receipts');
    await page.getByRole('dialog', { name: 'Sync settings' }).getByRole('button', { name: 'Close' }).click();
    expect(errors).toEqual([]);
  });

  it('keeps a withdrawn case with its draft and says so in a banner when the server withdraws it', async () => {
    const [summary] = await backendCall('cases.list', { query: 'CM15-0000042' });
    const draft = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Notes I must not lose' }] }],
    };
    await backendCall('determinations.saveSummary', { caseId: summary!.id, summary: draft });
    await withdrawCase(server.db, 'CM15-0000042', 'The parties settled the claim', new Date());
    await page.getByRole('button', { name: 'Sync', exact: true }).click();
    const banner = page.locator('.sync-notice-warn[data-case-number="CM15-0000042"]');
    await expect
      .poll(() => banner.textContent(), { timeout: 30_000 })
      .toContain('was withdrawn by the IMR organisation (The parties settled the claim). Your draft is kept here');
    await expect.poll(() => row('CM15-0000042').locator('.status').textContent()).toBe('Withdrawn');
    expect(JSON.stringify((await backendCall('determinations.get', { caseId: summary!.id })).summary)).toContain(
      'Notes I must not lose',
    );
    await saveScreenshot(page, 'sync-withdrawn-kept');
    expect(errors).toEqual([]);
  });
});

import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium } from './support/launchChromium';
import { startShellForTest, type ShellUnderTest } from './support/startShellForTest';

/** Another program on this computer serving pages on 127.0.0.1 (another OS user's, too): it logs what browsers send it. */
async function startOtherLocalServer(): Promise<{
  server: Server;
  port: number;
  seen: IncomingHttpHeaders[];
  urls: string[];
}> {
  const seen: IncomingHttpHeaders[] = [];
  const urls: string[] = [];
  const server = createServer((req, res) => {
    seen.push(req.headers);
    urls.push(req.url ?? '');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>another local program</title><p>hello</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { server, port: (server.address() as AddressInfo).port, seen, urls };
}

describe('the browser shell credential on a computer with other local web servers', () => {
  let app: ShellUnderTest;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let other: Awaited<ReturnType<typeof startOtherLocalServer>>;
  const shellRequests: string[] = [];

  beforeAll(async () => {
    app = await startShellForTest();
    other = await startOtherLocalServer();
    browser = await launchChromium();
    page = await (await browser.newContext()).newPage();
    errors = collectPageErrors(page);
    page.on('request', (request) => {
      if (request.url().startsWith(app.shell.url)) shellRequests.push(request.url());
    });
    await page.goto(app.shell.launchUrl);
    await page.getByRole('table', { name: 'Assigned cases' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    other?.server.close();
    await app?.stop();
  });

  it('never sends the token to another port on 127.0.0.1, so that program cannot call the workstation', async () => {
    await page.goto(`http://127.0.0.1:${other.port}/any-page`);
    await page.getByText('hello').waitFor();
    const sent = JSON.stringify(other.seen);
    expect(sent).not.toContain(app.shell.token);
    expect(other.seen.every((h) => h.cookie === undefined && h.authorization === undefined)).toBe(true);

    // The page of that program tries the workstation's API with whatever the browser would attach.
    const attempt = await page.evaluate(async (shellUrl) => {
      try {
        const res = await fetch(`${shellUrl}/api/invoke`, {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'text/plain' },
          body: JSON.stringify({ method: 'cases.list', payload: {} }),
        });
        return `${res.status} ${await res.text()}`;
      } catch (e) {
        return `blocked: ${String(e)}`;
      }
    }, app.shell.url);
    expect(attempt).not.toContain('CM14-0012345');
    expect(attempt).toMatch(/^(blocked|40[13])/);
  });

  it('keeps the token out of the address bar and out of every request line the shell receives', async () => {
    errors.length = 0; // the other program's page logged the browser refusing its attempt
    await page.goto(app.shell.launchUrl);
    await page.getByRole('table', { name: 'Assigned cases' }).waitFor();
    expect(page.url()).toBe(`${app.shell.url}/`);
    expect(await page.evaluate(() => window.history.length)).toBeGreaterThan(0);
    for (const url of shellRequests) expect(new URL(url).search).not.toContain(app.shell.token);
    expect(shellRequests.some((url) => url.includes('/api/invoke'))).toBe(true);
    expect(errors).toEqual([]);
  });
});

import type { Browser } from 'playwright-core';

/**
 * Opens the launch address in a fresh browser context and resolves when the inbox has painted its first rows (or says
 * it is empty): the moment a reviewer can start work. Returns the page for further steps.
 */
export async function openInbox(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('table.case-table tbody tr[data-case-number], .empty-state').first().waitFor({ timeout: 120_000 });
  // The frame that shows them.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  return { page, close: () => context.close() };
}

import type { Browser, Page } from 'playwright-core';
import { collectPageErrors, launchChromium } from './launchChromium';
import { startShellForTest, type ShellUnderTest } from './startShellForTest';

export interface CaseSession {
  app: ShellUnderTest;
  browser: Browser;
  page: Page;
  /** Page errors collected for the whole session; tests assert it stays empty. */
  errors: string[];
}

/** A fresh demo workspace behind the shell, Chromium on it, and the case opened from the inbox by keyboard. */
export async function openCaseInChromium(
  caseNumber: string,
  viewport = { width: 1600, height: 1000 },
): Promise<CaseSession> {
  const app = await startShellForTest();
  const browser = await launchChromium();
  const page = await (await browser.newContext({ viewport })).newPage();
  const errors = collectPageErrors(page);
  await page.goto(app.shell.launchUrl);
  await page.getByLabel('Search cases').fill(caseNumber);
  await page.getByLabel('Search cases').press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: caseNumber }).waitFor();
  return { app, browser, page, errors };
}

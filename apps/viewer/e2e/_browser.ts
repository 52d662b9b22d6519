/**
 * Helpers of the browser tests: launch Chromium, open the viewer and wait
 * until it is ready (or shows its error), collect console errors, and save
 * screenshots to test-artifacts/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './_chromium.js';

/** Where screenshots go (git-ignored). */
export const ARTIFACTS = fileURLToPath(new URL('../test-artifacts/', import.meta.url));

/** Starts headless Chromium. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A page of the viewer and the errors it logged so far. */
export interface ViewerPage {
  page: Page;
  errors: string[];
}

/**
 * Opens `url` in a new context and waits until the app says it is ready
 * (`data-ready` on #app: "true" or "error").
 */
export async function openViewer(browser: Browser, url: string): Promise<ViewerPage> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForSelector('#app[data-ready]', { timeout: 30_000 });
  return { page, errors };
}

/** Saves a screenshot of the whole window as test-artifacts/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}${name}.png` });
}

/** Types a query in the search box and picks the first suggestion with Enter. */
export async function searchAndPick(page: Page, query: string): Promise<void> {
  await page.focus('#search-input');
  await page.fill('#search-input', '');
  await page.keyboard.type(query);
  await page.waitForSelector('#search-results:not([hidden]) [role="option"]');
  await page.keyboard.press('Enter');
}

/**
 * The viewer on the seed graph that `kg build` makes from data/documents and
 * data/annotations (built once by the global setup; CLAIMGRAPH_E2E_SEED may
 * name a dataset instead). Names and phrases of the seed articles appear here,
 * in the tests, and nowhere in the viewer's code.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startViewerServer, type ViewerServer } from '../src/server/index.js';
import { CHROMIUM_MISSING, chromiumAvailable } from './_chromium.js';
import { launchBrowser, openViewer, screenshot, searchAndPick } from './_browser.js';

if (!chromiumAvailable) {
  console.warn(CHROMIUM_MISSING);
  it.skip(CHROMIUM_MISSING, () => {});
} else {
  describe('viewer on the seed graph', () => {
    let browser: Browser;
    let server: ViewerServer;

    beforeAll(async () => {
      const dataset = inject('seedDataset');
      if (!dataset) throw new Error(`claimgraph-viewer e2e: no seed graph to test on: ${inject('seedProblem')}`);
      server = await startViewerServer({ dataFile: dataset, port: 0 });
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('opens on the whole story without console errors', async () => {
      const { page, errors } = await openViewer(browser, server.url);
      expect(await page.getAttribute('#app', 'data-ready')).toBe('true');
      await page.waitForTimeout(600);
      await screenshot(page, 'seed-overview');
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it('searching "Wheeler" focuses the mayor', async () => {
      const { page, errors } = await openViewer(browser, server.url);
      await searchAndPick(page, 'Wheeler');
      await expect.poll(() => page.textContent('#details-title')).toBe('Ted Wheeler');
      expect(await page.textContent('.kind-badge')).toBe('Person');
      expect(await page.textContent('.aliases')).toContain('Mayor Wheeler');
      await expect.poll(() => page.url()).toContain('camera=');
      await page.waitForTimeout(700);
      await screenshot(page, 'seed-search-wheeler');
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it('"no such policy exists": its speaker, its outlets and the sentence highlighted in the article', async () => {
      const { page, errors } = await openViewer(browser, server.url);
      await page.click('#tab-list');
      await page.click('.row-link:text-is("“no such policy exists”")');
      await expect.poll(() => page.textContent('#details-title')).toBe('“no such policy exists”');
      expect(await page.textContent('.statement-facts .facts')).toContain('Said byTed Wheeler');
      const reports = page.locator('.report');
      expect(await reports.count()).toBeGreaterThan(0);
      expect(await reports.first().locator('blockquote').textContent()).toContain('no such policy exists');
      const focus = page.locator('#reader mark.span-focus').first();
      await expect.poll(() => focus.textContent()).toContain('no such policy exists');
      expect(await focus.isVisible()).toBe(true);
      await screenshot(page, 'seed-statement-reader');
      // The same statement clicked on the canvas: searching centres the camera on it, Escape
      // clears the selection, and a click in the middle of the canvas selects it again.
      await page.click('#tab-graph');
      await searchAndPick(page, 'no such policy');
      await expect.poll(() => page.textContent('#details-title')).toBe('“no such policy exists”');
      await page.waitForTimeout(900);
      await page.locator('#details').focus();
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getAttribute('#graph', 'data-selected')).toBe('');
      const box = (await page.locator('#graph').boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await expect.poll(() => page.textContent('#details-title')).toBe('“no such policy exists”');
      expect(await page.textContent('.statement-facts .facts')).toContain('Said byTed Wheeler');
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it("shows the dispute over the captain's email", async () => {
      const { page, errors } = await openViewer(browser, server.url);
      await page.click('#tab-list');
      await page.click('.row-link:has-text("will only respond to calls at the demonstration site")');
      const facts = page.locator('.statement-facts .facts');
      await expect.poll(() => facts.textContent()).toContain('Originally in');
      expect((await facts.textContent())?.toLowerCase()).toContain('email');
      const dispute = page.locator('.disputes-box');
      expect(await dispute.isVisible()).toBe(true);
      expect(await dispute.textContent()).toContain('no such policy exists');
      await page.click('#tab-graph');
      await page.waitForTimeout(700);
      await screenshot(page, 'seed-dispute');
      expect(errors).toEqual([]);
      await page.context().close();
    });
  });
}

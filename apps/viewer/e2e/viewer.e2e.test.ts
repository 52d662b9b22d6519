/**
 * The viewer in a real browser on a small invented dataset
 * (test/fixtures/small.trig: a mayor denies a curfew that a police chief's
 * email describes, reported by two outlets).
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from 'n3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startViewerServer, type ViewerServer } from '../src/server/index.js';
import { CHROMIUM_MISSING, chromiumAvailable } from './_chromium.js';
import { launchBrowser, openViewer, screenshot, searchAndPick } from './_browser.js';

const FIXTURE = fileURLToPath(new URL('../test/fixtures/small.trig', import.meta.url));
const MAYOR_QUOTE = 'there is no curfew order for the east side';
const CHIEF_QUOTE = 'officers will clear the east side parks after 10 p.m.';

if (!chromiumAvailable) {
  console.warn(CHROMIUM_MISSING);
  it.skip(CHROMIUM_MISSING, () => {});
} else {
  describe('viewer on the small fixture', () => {
    let browser: Browser;
    let server: ViewerServer;
    let dir: string;

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'viewer-e2e-'));
      await copyFile(FIXTURE, join(dir, 'small.trig'));
      server = await startViewerServer({ dataFile: join(dir, 'small.trig'), port: 0 });
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await rm(dir, { recursive: true, force: true });
    });

    it('loads without console errors and shows the legend, the outlets and the canvas', async () => {
      const { page, errors } = await openViewer(browser, server.url);
      expect(await page.getAttribute('#app', 'data-ready')).toBe('true');
      expect(await page.locator('#loading').count()).toBe(0);
      const legend = await page.locator('.legend-item .legend-label').allTextContents();
      expect(legend).toEqual(expect.arrayContaining(['Person', 'Statement', 'Dispute', 'Outlet']));
      expect(await page.locator('.toggle-list label').allTextContents()).toEqual([
        ' Riverton Ledger',
        ' Valley Post',
      ]);
      expect(await page.locator('#graph canvas').count()).toBeGreaterThan(1);
      // Before anything is selected the panel names the disputes and their parties.
      expect(await page.textContent('.disputes-overview')).toBe(
        'Does the east side curfew exist? — Dana Reyes, Sam Okafor',
      );
      await page.waitForTimeout(500);
      await screenshot(page, 'fixture-overview');
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it('finds an actor by alias with the keyboard, selects it and moves the camera there', async () => {
      const { page, errors } = await openViewer(browser, server.url);
      await searchAndPick(page, 'Mayor Rey');
      await expect.poll(() => page.textContent('#details-title')).toBe('Dana Reyes');
      expect(await page.textContent('#announcer')).toBe('Selected Dana Reyes');
      await expect.poll(() => page.url()).toContain('camera=');
      expect(decodeURIComponent(page.url())).toContain(
        'node=https://w3id.org/claimgraph/id/actor/dana-reyes',
      );
      expect(await page.getAttribute('#graph', 'data-selected')).toBe(
        'https://w3id.org/claimgraph/id/actor/dana-reyes',
      );
      await page.waitForTimeout(700);
      await screenshot(page, 'fixture-search');
      // Escape (outside the search box) clears the selection; "/" goes back to the search box.
      await page.locator('#details').focus();
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getAttribute('#graph', 'data-selected')).toBe('');
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it('shows who said a statement, every outlet that reported it, and the sentence highlighted in the reader', async () => {
      const { page, errors } = await openViewer(browser, server.url);
      await page.click('#tab-list');
      await page.click(`.row-link:has-text("${MAYOR_QUOTE}")`);
      await expect.poll(() => page.textContent('#details-title')).toBe(`“${MAYOR_QUOTE}”`);
      const facts = await page.textContent('.statement-facts .facts');
      expect(facts).toContain('Said byDana Reyes');
      expect(facts).toContain('AsMayor of Riverton');
      expect(facts).toContain('ForCity of Riverton');
      expect(facts).toContain('On2021-03-02');
      expect(await page.locator('.report .report-head strong').allTextContents()).toEqual([
        'Riverton Ledger',
        'Valley Post',
      ]);
      const focus = page.locator('#reader mark.span-focus');
      await expect.poll(() => focus.first().textContent()).toBe(MAYOR_QUOTE);
      expect(await focus.first().isVisible()).toBe(true);
      // Another extracted span leads back into the graph.
      await page.click('#reader mark[data-kind="mention"]:has-text("Police Chief Sam Okafor")');
      await expect.poll(() => page.textContent('#details-title')).toBe('Sam Okafor');
      // The reader stays on the article and now highlights where it names him.
      await expect
        .poll(() => page.locator('#reader mark.span-focus').first().textContent())
        .toBe('Police Chief Sam Okafor');
      await screenshot(page, 'fixture-reader');
      // The reader for the second outlet's article.
      await page.click(`.row-link:has-text("${MAYOR_QUOTE}")`);
      await page.click('.report:has-text("Valley Post") .read-button');
      await expect.poll(() => page.textContent('#reader .reader-meta')).toContain('Valley Post');
      expect(await page.locator('#reader mark.span-focus').first().textContent()).toBe(MAYOR_QUOTE);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it('shows the dispute between the two statements and who is party to it', async () => {
      const { page } = await openViewer(browser, server.url);
      await searchAndPick(page, CHIEF_QUOTE.slice(0, 19));
      await expect.poll(() => page.textContent('.disputes-box')).toContain(MAYOR_QUOTE);
      expect(await page.textContent('.disputes-box')).toContain('Dana Reyes');
      await page.click('.disputes-box .node-link:has-text("curfew exist")');
      await expect
        .poll(() => page.textContent('#details-title'))
        .toBe('Does the east side curfew exist?');
      expect(await page.textContent('.kind-badge')).toBe('Dispute');
      expect(await page.textContent('.properties')).toContain('Sam Okafor');
      await screenshot(page, 'fixture-dispute');
      await page.context().close();
    });

    it('runs SPARQL in the browser, shows a table and highlights the result nodes in the graph', async () => {
      const { page, errors } = await openViewer(browser, server.url);
      await page.click('#sparql-toggle');
      await page.waitForSelector('.sparql-editor .cm-content');
      // A competency question from the ontology, picked from the list, runs at once.
      await page.selectOption('#sparql-picker', 'disputes');
      await expect
        .poll(() => page.textContent('.sparql-status'))
        .toMatch(/^2 rows .* 6 graph nodes$/);
      expect(await page.locator('.result-table tbody tr').count()).toBe(2);
      await page.click('#sparql-show');
      await expect.poll(() => page.getAttribute('#graph', 'data-highlighted')).toBe('6');
      await page.waitForTimeout(300);
      await screenshot(page, 'fixture-sparql');
      // A query of one's own.
      await page.fill(
        '.sparql-editor .cm-content',
        'PREFIX cg: <https://w3id.org/claimgraph/ontology#>\nSELECT ?statement ?speaker WHERE { ?statement cg:statedBy ?speaker } ORDER BY ?statement',
      );
      await page.click('#sparql-run');
      await expect
        .poll(() => page.textContent('.sparql-status'))
        .toMatch(/^2 rows .* 4 graph nodes$/);
      expect(await page.locator('.result-table thead th').allTextContents()).toEqual([
        '?statement',
        '?speaker',
      ]);
      await page.click('#sparql-show');
      await expect.poll(() => page.getAttribute('#graph', 'data-highlighted')).toBe('4');
      // A syntax error says where it is.
      await page.fill('.sparql-editor .cm-content', 'SELECT ?x WHERE {\n  ?x ?y }');
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => page.textContent('.sparql-status')).toMatch(/line 2, column \d+/);
      expect(
        new URLSearchParams(new URL(page.url()).hash.slice(1)).get('sparql')?.replace(/\s+/g, ' '),
      ).toBe('SELECT ?x WHERE { ?x ?y }');
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it('exports the visible subgraph as Turtle that parses, with the reports and their anchors', async () => {
      const { page, errors } = await openViewer(browser, server.url);
      await page.click('.legend-item[data-kind="post"]');
      await page.click('#export-menu summary');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('#export-turtle'),
      ]);
      expect(download.suggestedFilename()).toBe('claimgraph-subgraph.ttl');
      const turtle = await readFile((await download.path())!, 'utf8');
      const quads = new Parser({ format: 'text/turtle' }).parse(turtle);
      expect(turtle).toMatch(/^@prefix cg: <https:\/\/w3id\.org\/claimgraph\/ontology#>/m);
      const values = quads.map((quad) => quad.object.value);
      expect(values).toContain(MAYOR_QUOTE);
      expect(quads.some((quad) => quad.predicate.value === 'http://www.w3.org/ns/oa#start')).toBe(
        true,
      );
      expect(quads.some((quad) => quad.subject.value.includes('/post/'))).toBe(false);
      const [png] = await Promise.all([
        page.waitForEvent('download'),
        page.click('#export-menu summary').then(() => page.click('#export-png')),
      ]);
      const image = await readFile((await png.path())!);
      expect(image.subarray(1, 4).toString()).toBe('PNG');
      const [whole] = await Promise.all([
        page.waitForEvent('download'),
        page.click('#export-menu summary').then(() => page.click('#export-trig')),
      ]);
      expect(whole.suggestedFilename()).toBe('claimgraph.trig');
      expect(await readFile((await whole.path())!, 'utf8')).toBe(await readFile(FIXTURE, 'utf8'));
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it('restores selection, filters, query and camera from a shared link', async () => {
      const first = await openViewer(browser, server.url);
      await searchAndPick(first.page, 'Okafor');
      await first.page.click('.legend-item[data-kind="article"]');
      await first.page.check('#filter-contested');
      // The URL follows the view after a debounce and the camera animation: wait until it holds
      // every part and has stopped changing.
      await expect
        .poll(() => first.page.url(), { timeout: 10_000 })
        .toMatch(/#.*node=.*camera=.*hide=article.*contested=1/);
      let shared = first.page.url();
      for (let tries = 0; tries < 20; tries += 1) {
        await first.page.waitForTimeout(500);
        if (first.page.url() === shared) break;
        shared = first.page.url();
      }
      await first.page.context().close();

      const second = await openViewer(browser, shared);
      expect(await second.page.textContent('#details-title')).toBe('Sam Okafor');
      expect(
        await second.page.getAttribute('.legend-item[data-kind="article"]', 'aria-pressed'),
      ).toBe('false');
      expect(await second.page.isChecked('#filter-contested')).toBe(true);
      const camera = new URL(shared).hash.match(/camera=([^&]+)/)![1];
      await expect
        .poll(() => new URL(second.page.url()).hash, { timeout: 10_000 })
        .toContain(`camera=${camera}`);
      await screenshot(second.page, 'fixture-shared-link');
      expect(second.errors).toEqual([]);
      await second.page.context().close();
    });

    it('filters statements by outlet count, date and outlet, in the graph and the list', async () => {
      const { page, errors } = await openViewer(browser, server.url);
      await page.click('#tab-list');
      expect(await page.locator('.row-link').count()).toBe(2);
      // Both statements are reported by both outlets, so asking for two keeps them.
      await page.locator('#filter-min-outlets').press('ArrowRight');
      await page.locator('#filter-min-outlets').press('ArrowRight');
      await expect.poll(() => page.textContent('.range-value')).toBe('2 outlets');
      expect(new URL(page.url()).hash).toContain('minOutlets=2');
      expect(await page.locator('.row-link').count()).toBe(2);
      // Hiding the classes of statements empties the list.
      await page.click('.legend-item[data-kind="statement"]');
      await expect
        .poll(() => page.textContent('.statement-table tbody'))
        .toContain('No statement matches the filters.');
      await page.click('text=Reset filters');
      // The timeline: moving the start past the first statement date hides the chief's statement.
      await page.locator('#filter-date-from').press('ArrowRight');
      await expect
        .poll(() => page.locator('.row-link').allTextContents())
        .toEqual([`“${MAYOR_QUOTE}”`]);
      expect(await page.textContent('#filter-date-label')).toBe('2021-03-02 – 2021-03-02');
      expect(new URL(page.url()).hash).toContain('from=2021-03-02');
      await page.click('text=Reset filters');
      const before = await page.textContent('.filter-summary');
      await page.uncheck('.toggle-list input >> nth=1');
      await expect.poll(() => page.textContent('.filter-summary')).not.toBe(before);
      expect(new URL(page.url()).hash).toContain('hideOutlet=Valley+Post');
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it('moves through the suggestions with the arrow keys', async () => {
      const { page } = await openViewer(browser, server.url);
      await page.focus('#search-input');
      await page.keyboard.type('east side');
      const options = page.locator('#search-results [role="option"]');
      await expect.poll(() => options.count()).toBeGreaterThan(1);
      expect(await options.nth(0).getAttribute('aria-selected')).toBe('true');
      await page.keyboard.press('ArrowDown');
      expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
      expect(await page.getAttribute('#search-input', 'aria-activedescendant')).toBe(
        'search-hit-1',
      );
      const second = await options.nth(1).locator('.hit-label').textContent();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.textContent('#details-title')).toContain(second!.slice(0, 20));
      await page.context().close();
    });

    it('runs and resets the ForceAtlas2 layout worker under the CSP', async () => {
      const { page, errors } = await openViewer(browser, server.url);
      await page.click('#layout-toggle');
      await expect.poll(() => page.getAttribute('#layout-toggle', 'aria-pressed')).toBe('true');
      await page.waitForTimeout(500);
      await page.click('#layout-toggle');
      await page.click('#layout-reset');
      expect(await page.getAttribute('#layout-toggle', 'aria-pressed')).toBe('false');
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it('shows a clear message instead of a blank canvas when the dataset is malformed or missing', async () => {
      const broken = join(dir, 'broken.trig');
      await writeFile(
        broken,
        '@prefix cg: <https://w3id.org/claimgraph/ontology#> .\n\ncg:a cg:b cg:c ;\n  cg:d "open string .\n',
      );
      const lenient = await startViewerServer({
        dataFile: broken,
        port: 0,
        requireValidData: false,
      });
      try {
        const { page } = await openViewer(browser, lenient.url);
        expect(await page.getAttribute('#app', 'data-ready')).toBe('error');
        expect(await page.textContent('#message h2')).toBe('The graph cannot be shown');
        expect(await page.textContent('#message')).toMatch(
          /broken\.trig is not valid TriG \(line 4/,
        );
        await screenshot(page, 'fixture-malformed');
        await page.context().close();
        await rm(broken);
        const missing = await openViewer(browser, lenient.url);
        expect(await missing.page.textContent('.fatal-message')).toMatch(
          /no dataset at .*broken\.trig/,
        );
        await missing.page.context().close();
      } finally {
        await lenient.close();
      }
    });
  });
}

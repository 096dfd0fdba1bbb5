import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { goToFarEnd } from './support/far-end';
import { artifactPath } from './support/server';
import { sharedPages } from './support/shared-page';
import {
	DELETED,
	LONG,
	LONG_EVENTS,
	OFF_SITE,
	staticExport,
	type Hosted
} from './support/static-export';

const SLUG = 'russian-bounties-taliban';
let ORIGIN: string;
let DIR: string;
let host: Hosted;
let browser: Browser;
/** The rows that only read load their pages in one window (tests/support/shared-page.ts). */
const pages = sharedPages(() => browser);

beforeAll(async () => {
	// The run's one export (tests/support/static-export.ts): long timelines, one taken off the
	// site and one deleted, beside the repository's articles.
	const site = await staticExport();
	({ origin: ORIGIN, dir: DIR } = site);
	host = await site.serve();
	browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
	await browser?.close();
	await host?.close();
});

describe('the static export (npm run build:static)', () => {
	it('writes every timeline page, embed, oEmbed JSON, the schema and a _headers file', () => {
		for (const file of [
			'index.html',
			`t/${SLUG}.html`,
			`embed/${SLUG}.html`,
			`oembed/${SLUG}.json`,
			'timeline.schema.json',
			'embed.js',
			'_headers',
			`t/${SLUG}/preview.png`
		]) {
			expect(existsSync(join(DIR, file)), file).toBe(true);
		}
		// The link preview is a real PNG, and the oEmbed thumbnail points at it.
		const png = readFileSync(join(DIR, 't', SLUG, 'preview.png'));
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		const oembed = JSON.parse(readFileSync(join(DIR, 'oembed', `${SLUG}.json`), 'utf8'));
		expect(oembed).toMatchObject({ version: '1.0', type: 'rich' });
		expect(oembed.html).toContain(`${ORIGIN}/embed/${SLUG}`);
		expect(oembed.thumbnail_url).toBe(`${ORIGIN}/t/${SLUG}/preview.png`);
		const headers = readFileSync(join(DIR, '_headers'), 'utf8');
		expect(headers).toMatch(/frame-ancestors \*/);
		expect(headers).toMatch(/frame-ancestors 'none'/);
	});

	it('writes nothing of a timeline taken off the site or deleted: no page, data file or link', () => {
		const written = readdirSync(DIR, { recursive: true, encoding: 'utf8' });
		for (const slug of [OFF_SITE, DELETED]) {
			expect(
				written.filter((file) => file.includes(slug)),
				slug
			).toEqual([]);
			expect(readFileSync(join(DIR, 'index.html'), 'utf8')).not.toContain(slug);
		}
		// The published one beside them is there, with its range files.
		expect(existsSync(join(DIR, 't', LONG, 'events', '0.json'))).toBe(true);
	});

	it('serves a working reader and a dark embed from plain files', async () => {
		const { page, errors } = await pages.page({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${ORIGIN}/t/${SLUG}`);
		await page.waitForSelector('.reader[data-interactive]');
		await page.click('.article-text a.dated:has-text("Twenty Americans")');
		await page.waitForSelector('.card');
		expect(await page.evaluate(() => location.hash)).toMatch(/^#2019-twenty-americans/);
		await page.goto(`${ORIGIN}/embed/${SLUG}?theme=dark`);
		await page.waitForSelector('.reader[data-interactive]');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		await page.screenshot({ path: artifactPath('static-embed-dark.png') });
		// Served, its scripts run: no word about opening it from disk.
		expect(await page.locator('.dl-file-notice').count()).toBe(0);
		expect(errors).toEqual([]);
	});

	it('opened from disk (file://), each page says in one line how to view it, over the chart as the server laid it out', async () => {
		for (const [width, height] of [
			[1280, 900],
			[360, 740]
		] as const) {
			for (const file of ['index.html', `t/${SLUG}.html`, `embed/${SLUG}.html`]) {
				const { page } = await pages.page({ viewport: { width, height } });
				await page.goto(`file://${join(DIR, file)}`);
				// Browsers refuse module scripts from file:// (an origin of null): nothing hydrates.
				const notice = page.locator('.dl-file-notice');
				await expect.poll(() => notice.isVisible()).toBe(true);
				expect(await notice.textContent()).toMatch(/serve its folder/);
				// One line on a desk (two at most on a phone), at the top of the page.
				const box = (await notice.boundingBox())!;
				expect(box.y).toBe(0);
				expect(box.height).toBeLessThanOrEqual(width > 900 ? 44 : 66);
				if (file !== 'index.html') {
					// The chart is there as the server laid it out for this width, labels and all.
					const labels = await page.$$eval(
						'.viewport .band li',
						(items) => items.filter((li) => li.getBoundingClientRect().width > 0).length
					);
					expect(labels).toBeGreaterThan(0);
				}
				await page.screenshot({
					path: artifactPath(`static-file-${width}-${file.replace(/\W+/g, '-')}.png`)
				});
			}
		}
	});

	it("writes a long timeline's ranges as files, which its reader loads and searches", async () => {
		for (let c = 0; c < LONG_EVENTS / 100; c++)
			expect(existsSync(join(DIR, 't', LONG, 'events', `${c}.json`)), `chunk ${c}`).toBe(true);
		const last = JSON.parse(readFileSync(join(DIR, 't', LONG, 'events', '11.json'), 'utf8'));
		expect(last.first).toBe(1_100);
		expect(last.events).toHaveLength(100);
		// The page leaves out the events its opening view does not label.
		const html = readFileSync(join(DIR, 't', `${LONG}.html`), 'utf8');
		const carried = new Set(html.match(new RegExp(`${LONG}-\\d+`, 'g'))).size;
		expect(carried).toBeGreaterThan(0);
		expect(carried).toBeLessThan(LONG_EVENTS / 2);

		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`${ORIGIN}/t/${LONG}`);
		await page.waitForSelector('.reader[data-interactive]');
		// No search endpoint on a static host: the list reads the chunk files instead.
		await page.getByText(`All ${LONG_EVENTS.toLocaleString('en')} events: list and search`).click();
		await page.getByLabel('Find an event').fill('Event 777');
		await expect
			.poll(() => page.locator('.event-list .status').textContent())
			.toBe('1 event matches “Event 777”');
		await page.getByLabel('Find an event').press('Enter');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('.card-slot').textContent()).toContain('Event 777:');
		expect(errors.filter((e) => !/events\.json/.test(e))).toEqual([]);
		await page.close();
	});

	it("sends a long timeline's embed by range too, from the same files", async () => {
		const html = readFileSync(join(DIR, 'embed', `${LONG}.html`), 'utf8');
		const carried = new Set(html.match(new RegExp(`${LONG}-\\d+`, 'g'))).size;
		expect(carried).toBeGreaterThan(0);
		expect(carried).toBeLessThan(LONG_EVENTS / 2);
		// Every file the export wrote for this timeline is small: no page carries all its events.
		for (const file of [`embed/${LONG}.html`, `t/${LONG}.html`, `oembed/${LONG}.json`]) {
			const events = new Set(readFileSync(join(DIR, file), 'utf8').match(/long-export-\d+/g));
			expect(events.size, file).toBeLessThan(LONG_EVENTS / 2);
		}

		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		const errors: string[] = [];
		const chunks: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('request', (r) => /\/events\/\d+\.json$/.test(r.url()) && chunks.push(r.url()));
		await page.goto(`${ORIGIN}/embed/${LONG}`);
		await page.waitForSelector('.reader[data-interactive]');
		await page.waitForSelector('.band.measured');
		// The far end's range loads, and its events are labelled (none still loading).
		await goToFarEnd(
			page,
			() => chunks.some((u) => u.endsWith(`/t/${LONG}/events/11.json`)),
			1_000
		);
		await page.screenshot({ path: artifactPath('static-embed-long-1280.png') });
		expect(errors).toEqual([]);
		await page.close();
	});

	it('opens a link to an event beyond the opening view: its range loads, the view moves to it, its card opens', async () => {
		const FAR = `${LONG}-1150`;
		for (const file of [`embed/${LONG}.html`, `t/${LONG}.html`])
			expect(readFileSync(join(DIR, file), 'utf8'), file).not.toContain(`"${FAR}"`);
		// Every event's rank is in the look-up file its id hashes to.
		const lookups = Array.from({ length: LONG_EVENTS / 100 }, (_, n) =>
			JSON.parse(readFileSync(join(DIR, 't', LONG, 'events', 'ids', `${n}.json`), 'utf8'))
		);
		expect(lookups.reduce((sum, file) => sum + Object.keys(file.ranks).length, 0)).toBe(
			LONG_EVENTS
		);
		expect(lookups.find((file) => FAR in file.ranks).ranks[FAR]).toBe(1150);

		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		const errors: string[] = [];
		const requests: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('request', (r) => requests.push(new URL(r.url()).pathname));
		// The embed's `?event=` (the static host serves the same page for any query) …
		await page.goto(`${ORIGIN}/embed/${LONG}?event=${FAR}`);
		await expect.poll(() => page.locator('.card-slot').textContent()).toContain('Event 1150:');
		expect(requests).toContain(`/t/${LONG}/events/11.json`);
		expect(requests.filter((p) => /\/events\/ids\/\d+\.json$/.test(p))).toHaveLength(1);
		// … moved the view to the event: its own label is drawn in the band shown.
		await expect
			.poll(() => page.locator(`.band.measured [data-event="${FAR}"]`).count())
			.toBeGreaterThan(0);
		await page.screenshot({ path: artifactPath('static-embed-far-event-1280.png') });

		// The reader's `#<id>`, at a phone's width: the card opens and the link stays as it was.
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(`${ORIGIN}/t/${LONG}#${FAR}`);
		await expect.poll(() => page.locator('.card-slot').textContent()).toContain('Event 1150:');
		await expect
			.poll(() => page.locator(`.band.measured [data-event="${FAR}"]`).count())
			.toBeGreaterThan(0);
		expect(await page.evaluate(() => location.hash)).toBe(`#${FAR}`);
		await page.screenshot({ path: artifactPath('static-reader-far-event-360.png') });
		// An id the timeline does not have opens nothing, and breaks nothing.
		await page.goto('about:blank');
		await page.goto(`${ORIGIN}/t/${LONG}#${LONG}-none`);
		await page.waitForSelector('.reader[data-interactive]');
		await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
		expect(await page.locator('.card-slot').count()).toBe(0);
		expect(errors).toEqual([]);
		await page.close();
	});
});

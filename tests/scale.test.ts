import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticTimeline } from '../scripts/synthetic';
import { launchBrowser } from './support/browser';
import { artifactPath, startServer, type Server } from './support/server';

/** A 10,000-event timeline (scripts/synthetic.ts), served as an editor's published one. */
const LONG = 'long-story';
const N = 10_000;

let server: Server;
let browser: Browser;

beforeAll(async () => {
	const data = mkdtempSync(join(tmpdir(), 'dateline-scale-'));
	mkdirSync(join(data, 'articles'), { recursive: true });
	cpSync('data/articles', join(data, 'articles'), { recursive: true });
	writeSyntheticTimeline(data, LONG, N);
	server = await startServer({ DATELINE_DATA: data });
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

async function open(
	width = 1280,
	before?: (page: Page) => void
): Promise<{ page: Page; errors: string[] }> {
	const page = await browser.newPage({
		viewport: { width, height: 900 },
		reducedMotion: 'reduce'
	});
	before?.(page);
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${server.url}/t/${LONG}`);
	await page.waitForSelector('.reader[data-interactive]');
	await page.waitForSelector('.band.measured');
	return { page, errors };
}

const domNodes = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);

describe('a short timeline', () => {
	it('loads neither the list nor the canvas, in the reader or the embed', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		const loaded: string[] = [];
		page.on('request', (r) => loaded.push(r.url()));
		for (const path of ['/t/russian-bounties-taliban', '/embed/russian-bounties-taliban']) {
			await page.goto(`${server.url}${path}`);
			await page.waitForSelector('.band.measured');
			expect(await page.locator('.list-slot, .event-list, canvas').count()).toBe(0);
			// Its clusters keep their ticks in SVG, as they always had.
			expect(await page.locator('.band.measured line.member').count()).toBeGreaterThan(0);
		}
		expect(loaded.filter((url) => url.includes('long-timeline'))).toEqual([]);
		await page.close();
	});
});

describe('a timeline of 10,000 events', () => {
	it('draws with a bounded DOM: labels in view as elements, the crowd on a canvas', async () => {
		const { page, errors } = await open();
		const labels = await page.locator('.band.measured .labels > li').count();
		expect(labels).toBeGreaterThan(0);
		expect(labels).toBeLessThan(40);
		// The cluster members' ticks are pixels, not elements.
		await expect.poll(() => page.locator('.viewport canvas.ticks').count()).toBe(1);
		expect(await domNodes(page)).toBeLessThan(2_500);
		// Zoomed in, the chart still holds only what is in view.
		for (let i = 0; i < 6; i++)
			await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		expect(await domNodes(page)).toBeLessThan(2_500);
		await page.screenshot({ path: artifactPath('scale-10k-1280.png') });
		expect(errors).toEqual([]);
		await page.close();
	});

	it('lists every event a page at a time: the keyboard reaches the last, and the search finds one', async () => {
		// The event searched for below is not in the page: the search finds it on the server.
		expect(await (await fetch(`${server.url}/t/${LONG}`)).text()).not.toContain('Event 7777:');
		const { page, errors } = await open(360);
		// On a phone the pinned strip is the chart alone; opened up, it has the list.
		await page.getByRole('button', { name: 'Show more of the timeline' }).click();
		await page.getByText(`All ${N.toLocaleString('en')} events: list and search`).click();
		const rows = page.locator('.event-list ol button');
		await expect.poll(() => rows.count()).toBe(50);
		await rows.first().focus();
		await page.keyboard.press('End');
		const last = page.locator('.event-list ol button:focus');
		await expect.poll(() => last.getAttribute('data-list-event')).toBe(`${LONG}-${N - 1}`);
		expect(await page.locator('.event-list .status').textContent()).toBe(
			'Events 9,951–10,000 of 10,000'
		);
		// Up from the first of a page turns back a page.
		await page.keyboard.press('PageUp');
		await page.keyboard.press('Home');
		await page.keyboard.press('ArrowDown');
		await expect.poll(() => rows.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);
		expect(await page.locator('.event-list .status').textContent()).toBe('Events 1–50 of 10,000');

		// Searching narrows the list; Enter goes to the first match, Enter again selects it.
		await page.getByLabel('Find an event').fill('Event 7777');
		await expect
			.poll(() => page.locator('.event-list .status').textContent())
			.toBe('1 event matches “Event 7777”');
		await page.getByLabel('Find an event').press('Enter');
		// The match is not in the page: its row fills in once its range has loaded.
		await expect
			.poll(() => page.locator('.event-list ol button:focus').getAttribute('data-list-event'))
			.toBe(`${LONG}-7777`);
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${LONG}-7777`);
		// Its card opens, and the chart shows it (out of its cluster as far as zoom allows).
		await expect.poll(() => page.locator('.card-slot').textContent()).toContain('Event 7777:');
		await expect.poll(() => page.locator('.band.measured .labels button.selected').count()).toBe(1);
		await page.screenshot({ path: artifactPath('scale-list-360.png'), fullPage: true });
		expect(errors).toEqual([]);
		await page.close();
	});

	it('sends its page without the events out of view, and loads their ranges as the reader zooms and pans', async () => {
		const html = await (await fetch(`${server.url}/t/${LONG}`)).text();
		// The page carries the index summary and what its opening view labels, not 10,000 events.
		expect(html.length).toBeLessThan(300_000);
		expect(html).not.toContain(`"${LONG}-5000"`);

		const chunks: string[] = [];
		const { page, errors } = await open(1280, (page) =>
			page.on('request', (r) => {
				if (/\/events\/\d+\.json$/.test(r.url())) chunks.push(r.url());
			})
		);
		// The far end's chunk is not asked for while the whole span is in view.
		expect(chunks.some((u) => /\/events\/99\.json$/.test(u))).toBe(false);
		for (let i = 0; i < 4; i++)
			await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		await page.locator('.viewport').focus();
		await page.keyboard.press('End');
		// The far end's chunk loads, and its events are labelled (none still loading).
		await expect.poll(() => chunks.some((u) => /\/events\/99\.json$/.test(u))).toBe(true);
		await expect
			.poll(() =>
				page.$$eval('.band.measured [data-event]', (els) =>
					els.map((el) => Number(el.getAttribute('data-event')!.split('-').pop()))
				)
			)
			.toSatisfy((ids: number[]) => ids.length > 0 && ids.every((i) => i > 9_000));
		expect(await page.locator('.band.measured .labels .title', { hasText: /^…$/ }).count()).toBe(0);
		await page.screenshot({ path: artifactPath('scale-far-end-1280.png') });

		// A chunk is cacheable: an ETag that a revalidation answers with 304.
		const chunk = await fetch(`${server.url}/t/${LONG}/events/99.json`);
		expect(chunk.headers.get('cache-control')).toMatch(/max-age=\d+/);
		const body = (await chunk.json()) as { first: number; events: { id: string }[] };
		expect(body.first).toBe(9_900);
		expect(body.events).toHaveLength(100);
		const again = await fetch(`${server.url}/t/${LONG}/events/99.json`, {
			headers: { 'if-none-match': chunk.headers.get('etag')! }
		});
		expect(again.status).toBe(304);
		expect(errors).toEqual([]);
		await page.close();
	});
});

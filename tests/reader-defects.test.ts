import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../src/lib/extract/article';
import { extractTimeline } from '../src/lib/extract/events';
import { launchBrowser } from './support/browser';
import { artifactPath, freshDataDir, startServer, type Server } from './support/server';

/**
 * What a new user found wrong in the reader and the embed (one describe each), checked in
 * Chromium on the seed and on timelines made for the case.
 */
const SLUG = 'russian-bounties-taliban';
/** The seed as a published timeline stored with the ids of an older extractor. */
const OLD_IDS = 'old-links';
const OLD_ID = 'past_ref-united-states-concluded-russian-unit';

let server: Server;
let browser: Browser;

beforeAll(async () => {
	const dir = freshDataDir();
	const file = join(dir, 'articles', `${SLUG}.md`);
	copyFileSync(file, join(dir, 'articles', `${OLD_IDS}.md`));
	const seed = extractTimeline(parseArticle(readFileSync(file, 'utf8'), OLD_IDS, file));
	const stored = {
		...seed,
		events: seed.events.map((e) => ({
			...e,
			id: e.start.value === 'PAST_REF' ? OLD_ID : e.id,
			source: { ...e.source, article: OLD_IDS }
		}))
	};
	mkdirSync(join(dir, 'timelines'), { recursive: true });
	writeFileSync(join(dir, 'timelines', `${OLD_IDS}.json`), JSON.stringify(stored));
	server = await startServer({ DATELINE_DATA: dir });
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

async function open(width: number, height: number, path = `/t/${SLUG}`) {
	const page = await browser.newPage({ viewport: { width, height } });
	await page.goto(`${server.url}${path}`);
	await page.waitForSelector('.reader[data-interactive]');
	return page;
}

describe("an event's id reads as words", () => {
	it('gives the seed\'s "months ago" event an id of its words, not of its TIMEX3 code', async () => {
		const page = await open(1280, 900);
		const ids = await page.$$eval('[data-print-event]', (lis) =>
			lis.map((li) => (li as HTMLElement).dataset.printEvent!)
		);
		expect(ids).toHaveLength(7);
		for (const id of ids) expect(id).not.toMatch(/_ref|present|future/);
		const monthsAgo = ids.find((id) => id.startsWith('months-ago-'));
		expect(monthsAgo).toBe('months-ago-united-states-concluded-russian-unit');
		await page.goto(`${server.url}/t/${SLUG}#${monthsAgo}`);
		await page.waitForSelector('.card');
		expect(await page.locator('.card h2').textContent()).toMatch(/^United States concluded/);
		await page.screenshot({ path: artifactPath('defects-id-words-1280.png') });
		await page.close();
	});

	it('keeps the ids a stored timeline was published with, so old links still open', async () => {
		const page = await open(1280, 900, `/t/${OLD_IDS}#${OLD_ID}`);
		await page.waitForSelector('.card');
		expect(await page.locator('.card h2').textContent()).toMatch(/^United States concluded/);
		expect(await page.evaluate(() => location.hash)).toBe(`#${OLD_ID}`);
		await page.close();
	});
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { artifactPath, emptyDataDir, startServer, type Server } from './support/server';
import { buttonNames, writeTimeline, type MadeEvent } from './support/timeline';

/**
 * What new users found wrong in reading a timeline on phones and desks (one describe each),
 * checked in Chromium on timelines made for the case.
 */

/** A year then a title that opens with a number: "2026 14 cars derailed" reads as one figure. */
const RAIL = 'rail-crash';
const RAIL_EVENTS: MadeEvent[] = [
	['2026', '2026', '14 cars derailed'],
	['March 2028', '2028-03', '3 lines reopened']
];
/** As many events as make a long timeline (one with a list of its events), the same two in it. */
const LONG_RAIL = 'rail-crash-long';
const LONG_RAIL_EVENTS: MadeEvent[] = [
	...RAIL_EVENTS,
	...Array.from({ length: 220 }, (_, i): MadeEvent => {
		const day = new Date(Date.UTC(2024, 0, 1 + 3 * i)).toISOString().slice(0, 10);
		return [day, day, `Inspection ${i + 1} filed`];
	})
];

const LANGS = ['en', 'fr', 'de', 'es'] as const;
/** What a screen reader hears between an event's date and its title, per language. */
const AFTER_DATE = { en: ':', fr: ' :', de: ':', es: ':' };

let server: Server;
let browser: Browser;

beforeAll(async () => {
	const dir = emptyDataDir();
	writeTimeline(dir, RAIL, 'A rail crash', RAIL_EVENTS);
	writeTimeline(dir, LONG_RAIL, 'A rail crash, day by day', LONG_RAIL_EVENTS);
	server = await startServer({ DATELINE_DATA: dir });
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

async function open(path: string, width = 1280, height = 900) {
	const page = await browser.newPage({ viewport: { width, height } });
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${server.url}${path}`);
	await page.waitForSelector('.reader[data-interactive]');
	return { page, errors };
}

describe("an event's name keeps its date apart from its title", () => {
	for (const lang of LANGS) {
		it(`names the label "<date>${AFTER_DATE[lang]} <title>" in the reader and the embed (${lang})`, async () => {
			for (const path of [`/t/${RAIL}?lang=${lang}`, `/embed/${RAIL}?lang=${lang}`]) {
				const { page, errors } = await open(path);
				const names = await buttonNames(page);
				expect(names, names.join(' | ')).toContain(`2026${AFTER_DATE[lang]} 14 cars derailed`);
				expect(names.filter((n) => /2026 14 cars/.test(n))).toEqual([]);
				if (lang === 'en' && path.startsWith('/t/'))
					await page.screenshot({ path: artifactPath('new-users-names-1280.png') });
				expect(errors).toEqual([]);
				await page.close();
			}
		});
	}

	it("names a long timeline's list rows the same way", async () => {
		const { page, errors } = await open(`/t/${LONG_RAIL}`);
		await page.locator('details.event-list summary').click();
		await page.fill('input[type="search"]', 'derailed');
		await expect.poll(() => buttonNames(page)).toContain('2026: 14 cars derailed');
		const names = await buttonNames(page);
		expect(names.filter((n) => /2026 14 cars/.test(n))).toEqual([]);
		await page.screenshot({ path: artifactPath('new-users-names-list-1280.png') });
		expect(errors).toEqual([]);
		await page.close();
	});
});

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { followRequests } from './support/requests';
import { tripwiredPage } from './support/tripwire';
import { artifactPath, emptyDataDir, startServer, type Server } from './support/server';
import { staticExport, type Hosted } from './support/static-export';
import { VECTORS, chunks, slug, writeXssData } from './support/xss-data';

/**
 * The XSS corpus (tests/support/xss-vectors.ts, over 100 vectors) in every field of articles
 * and timelines (tests/support/xss-data.ts), rendered on every page of the Node server and of
 * the static export. A vector that ran would call window.__xss() or open a dialog; neither may
 * ever happen.
 */
let data: string;
let server: Server;
let browser: Browser;

beforeAll(async () => {
	data = emptyDataDir();
	writeXssData(data);
	server = await startServer({ DATELINE_DATA: data, DATELINE_CACHE: join(data, '.cache') });
	browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	rmSync(data, { recursive: true, force: true });
});

/** Opens each path in one page with the tripwires set, and returns whatever fired. */
async function visit(origin: string, paths: string[], shot?: string): Promise<string[]> {
	const { page, fired } = await tripwiredPage(browser);
	const requests = followRequests(page);
	for (const path of paths) {
		const response = await page.goto(`${origin}${path}`);
		expect(response?.status(), path).toBeLessThan(500);
		await requests.settled();
		// Hover and focus what can be hovered and focused, as a reader would.
		await page.mouse.move(400, 300);
		await page.keyboard.press('Tab');
		// The vectors are on the page, as text.
		if (path !== '/status')
			expect(await page.locator('body').textContent(), path).toContain('__xss(');
	}
	if (shot) await page.screenshot({ path: artifactPath(shot), fullPage: false });
	await page.close();
	return fired;
}

const pages = (hashed: string) => [
	'/',
	...chunks.flatMap((_, k) => [`/t/${slug(k)}#v1`, `/embed/${slug(k)}?article=1#v2`]),
	`/embed/${slug(0)}?event=v3&id=${encodeURIComponent(hashed)}&theme=${encodeURIComponent(hashed)}`,
	`/t/${slug(0)}#${encodeURIComponent(hashed)}`
];

describe('the XSS corpus in every field', () => {
	it(`has at least 100 vectors (${VECTORS.length})`, () => {
		expect(VECTORS.length).toBeGreaterThanOrEqual(100);
	});

	it('runs nothing on the Node server: home, status, readers, embeds', async () => {
		const fired = await visit(server.url, ['/status', ...pages(VECTORS[0]!)], 'xss-node-1280.png');
		expect(fired).toEqual([]);
	});

	it('publishes no unknown field of a timeline file', async () => {
		const res = await fetch(`${server.url}/t/${slug(0)}/__data.json`);
		const text = await res.text();
		expect(text).not.toContain('"notes"');
		expect(text).not.toContain('"reviewer"');
	});
});

describe('the XSS corpus in the static export', () => {
	let host: Hosted;
	let origin: string;
	let log: string;

	beforeAll(async () => {
		// The run's one export (tests/support/static-export.ts), whose data holds this corpus.
		const site = await staticExport();
		({ origin, log } = site);
		host = await site.serve();
	}, 240_000);

	afterAll(async () => {
		await host?.close();
	});

	it('names the broken file and its problem in the build log, and exports the rest', () => {
		expect(log).toMatch(
			/Left out of the export: data\/timelines\/russian-bounties-taliban\.json: not valid JSON/
		);
	});

	it('runs nothing on any exported page', async () => {
		const fired = await visit(origin, pages(VECTORS[1]!), 'xss-static-1280.png');
		expect(fired).toEqual([]);
	});
});

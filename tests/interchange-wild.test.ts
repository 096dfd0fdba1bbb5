import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderForFile } from '../scripts/interchange-files';
import { launchBrowser } from './support/browser';
import { followRequests } from './support/requests';
import { tripwiredPage } from './support/tripwire';
import { artifactPath, emptyDataDir, startServer, type Server } from './support/server';

/**
 * TimelineJS files with markup in their headlines and texts, imported the way `npm run import`
 * imports them, then read on the reader page in Chromium: the markup a file wrote is dropped,
 * the words about markup it wrote ("&lt;script&gt;") are shown as those characters, and nothing
 * runs. The vectors call window.__xss(n), a tripwire.
 */
const WILD = 'src/lib/interchange/fixtures/wild';
let data: string;
let server: Server;
let browser: Browser;

beforeAll(async () => {
	data = emptyDataDir();
	for (const file of ['constructed-bom-bc.json', 'tjs2-govhack-scripts.json']) {
		const folder = await folderForFile(join(WILD, file));
		cpSync(folder!, data, { recursive: true });
	}
	server = await startServer({ DATELINE_DATA: data, DATELINE_CACHE: join(data, '.cache') });
	browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	rmSync(data, { recursive: true, force: true });
});

async function read(path: string, shot: string) {
	const { page, fired } = await tripwiredPage(browser);
	const requests = followRequests(page);
	const response = await page.goto(`${server.url}${path}`);
	expect(response?.status()).toBe(200);
	await requests.settled();
	// What a reader sees: innerText leaves out the page's data script.
	const text = await page.locator('body').innerText();
	const injected = await page.evaluate(
		() =>
			document.querySelectorAll('img[src="x"], iframe[srcdoc], iframe[src*="example.org"]').length
	);
	await page.screenshot({ path: artifactPath(shot), fullPage: false });
	await page.close();
	return { fired, text, injected };
}

describe('an imported TimelineJS file with markup, on the reader page', () => {
	it('shows the words, shows "<script>" written as words, and runs nothing', async () => {
		const { fired, text, injected } = await read(
			'/t/constructed-a-bom-before-the-brace#bc0044-03-15-ides-of-march',
			'interchange-wild-markup-1280.png'
		);
		expect(text).toContain('Rome founded');
		expect(text).toContain("Caesar is killed & Rome's republic ends");
		expect(text).toContain(
			'<img src=x onerror=__xss(3)> <script>__xss(4)</script> Republic declared'
		);
		expect(injected).toBe(0);
		expect(fired).toEqual([]);
	});

	it('reads a TimelineJS 2 file with <script> and <button onclick> in its texts, running nothing', async () => {
		const { fired, text, injected } = await read(
			'/t/sh-t-people-say',
			'interchange-wild-tjs2-1280.png'
		);
		expect(text).toContain('Sh*t Broke People Say');
		expect(text).not.toContain('mypopi');
		expect(injected).toBe(0);
		expect(fired).toEqual([]);
	});
});

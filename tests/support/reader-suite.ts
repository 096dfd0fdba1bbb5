import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { emptyDataDir, freshDataDir, startServer, type Server } from './server';
import { writeTimeline, type MadeEvent } from './timeline';
import { started } from './started';

/** A timeline made for a suite's case: its slug, its title and its events. */
export type MadeTimeline = [slug: string, title: string, events: MadeEvent[]];

/**
 * A readers' suite: the built server on a data folder of the timelines made for its cases
 * (beside the repository's articles and timelines when `seed`) and whatever else `prepare`
 * puts in it, and Chromium. Started before the suite's rows and stopped after them; read its
 * fields inside a row.
 */
export function readerSuite({
	seed = false,
	timelines = [],
	prepare
}: {
	seed?: boolean;
	timelines?: MadeTimeline[];
	/** Anything else the rows read, written into the data folder before the server starts. */
	prepare?: (dataDir: string) => void | Promise<void>;
}) {
	let dir: string | undefined;
	let server: Server | undefined;
	let browser: Browser | undefined;
	beforeAll(async () => {
		dir = seed ? freshDataDir() : emptyDataDir();
		for (const [slug, title, events] of timelines) writeTimeline(dir, slug, title, events);
		await prepare?.(dir);
		server = await startServer({ DATELINE_DATA: dir });
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});
	return {
		get url() {
			return started(server, 'server').url;
		},
		get browser() {
			return started(browser, 'browser');
		},
		/**
		 * A page of the server's in a window of its own (a phone's, touch and all, when `touch`),
		 * once its reader has hydrated, with the page's errors collected.
		 */
		async open(path: string, { width = 1280, height = 900, touch = false } = {}) {
			const page = await this.browser.newPage({
				viewport: { width, height },
				hasTouch: touch,
				isMobile: touch
			});
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			await page.goto(`${this.url}${path}`);
			await page.waitForSelector('.reader[data-interactive]');
			// A page of its own closes the context it was opened in.
			return { page, errors, touch, close: () => page.close() };
		}
	};
}

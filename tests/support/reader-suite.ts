import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { seedServerUrl } from './seed-server';
import { sharedPages } from './shared-page';
import { started } from './started';

/**
 * A readers' suite: the run's one server of the seed, which also serves the timelines made for
 * every readers' suite's cases (tests/support/reader-data: a suite's data goes there, not in
 * its file), and Chromium. None of these suites writes, so they share the server as they share
 * Chromium; the browser is connected before the suite's rows and closed after them. Read its
 * fields inside a row.
 */
export function readerSuite() {
	let browser: Browser | undefined;
	const pages = sharedPages(() => started(browser, 'browser'));
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return {
		get url() {
			return seedServerUrl();
		},
		get browser() {
			return started(browser, 'browser');
		},
		/**
		 * A page of the server's in a window (a phone's, touch and all, when `touch`), once its
		 * reader has hydrated, with the page's errors collected. The window is the suite's one of
		 * that kind (tests/support/shared-page.ts), which the next `open` loads anew: a row does
		 * not close it.
		 */
		async open(path: string, { width = 1280, height = 900, touch = false } = {}) {
			const { page, errors } = await pages.page({
				viewport: { width, height },
				hasTouch: touch,
				isMobile: touch
			});
			await page.goto(`${this.url}${path}`);
			await page.waitForSelector('.reader[data-interactive]');
			return { page, errors, touch };
		},
		/** A page of another kind (a locale, a colour scheme), as `open` shares it, at `about:blank`. */
		page: pages.page
	};
}

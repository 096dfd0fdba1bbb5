import type { Page, Request } from 'playwright-core';
import { expect } from 'vitest';

/**
 * A page's requests, followed from before it loads. `settled()` waits until the page is
 * hydrated and then requests nothing more: none in flight, and none made over two animation
 * frames. `waitForLoadState('networkidle')` waited for half a second with no request on every
 * page instead, a guess at "nothing more is coming" paid on each one.
 */
export function followRequests(page: Page) {
	const pending = new Set<Request>();
	let made = 0;
	const started = (request: Request) => {
		// A data: or blob: URL is read from memory, and Chromium reports no end for some.
		if (/^(data|blob):/.test(request.url())) return;
		pending.add(request);
		made++;
	};
	const ended = (request: Request) => pending.delete(request);
	page.on('request', started);
	page.on('requestfinished', ended);
	page.on('requestfailed', ended);
	return {
		/** Stops following: a page a suite loads again follows each load anew. */
		stop() {
			page.off('request', started);
			page.off('requestfinished', ended);
			page.off('requestfailed', ended);
		},
		async settled(): Promise<void> {
			await hydrated(page);
			for (;;) {
				await expect.poll(() => pending.size).toBe(0);
				const before = made;
				await page.evaluate(
					() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
				);
				if (pending.size === 0 && made === before) return;
			}
		}
	};
}

/**
 * Waits for the page's own mark that its scripts have run: a reader's or an embed's
 * `data-interactive`, and on a page without a reader, SvelteKit's router started (it starts
 * once the page is hydrated, and takes over scroll restoration as it does).
 */
export function hydrated(page: Page): Promise<unknown> {
	return page.waitForFunction(() =>
		document.querySelector('.reader')
			? document.querySelector('.reader[data-interactive]')
			: history.scrollRestoration === 'manual'
	);
}

import type { Browser, Frame, Locator, Page } from 'playwright-core';
import type { SharedPages } from './shared-page';

/** The embed's own frame inside a host page's iframe, once its reader has hydrated. */
export async function readyFrame(iframe: Locator): Promise<Frame> {
	const frame = await (await iframe.elementHandle())?.contentFrame();
	if (!frame) throw new Error('the iframe holds no frame');
	await frame.waitForSelector('.reader[data-interactive]');
	return frame;
}

/**
 * A publisher's page with an embed, opened in a window of its own size (or in the suite's
 * shared window of that size, tests/support/shared-page.ts): the page, the embed's iframe and
 * its frame once hydrated. `scrolled` brings the iframe into the window first, as a reader
 * scrolling down to it would; `cold` empties a shared window's cache first (a new window's is).
 */
export async function openHostPage(
	from: Browser | SharedPages,
	url: string,
	viewport: { width: number; height: number },
	{ scrolled = false, cold = false } = {}
): Promise<{ page: Page; iframe: Locator; frame: Frame }> {
	const page =
		'newPage' in from
			? await from.newPage({ viewport })
			: (await from.page({ viewport }, { cold })).page;
	await page.goto(url);
	const iframe = page.locator('iframe[data-dateline-embed]');
	if (scrolled) await iframe.scrollIntoViewIfNeeded();
	return { page, iframe, frame: await readyFrame(iframe) };
}

/** What a test posts after the messages it waits for: neither the embed nor embed.js reads a string. */
export const AFTER = 'dateline-test:after';

/**
 * Resolves once the host page has handled every message its embed's frame had posted: the frame
 * posts a marker after its next two frames (by then a size it reports for what was drawn is
 * posted), and a window's messages arrive in the order it posts them, each handled by embed.js
 * before the marker reaches the listener added after it. Where a fixed pause guessed at it.
 */
export async function frameMessagesHandled(page: Page, frame: Frame): Promise<void> {
	await page.evaluate((after) => {
		const w = window as unknown as { datelineTestAfter?: Promise<void> };
		w.datelineTestAfter = new Promise((done) => {
			const heard = (event: MessageEvent) => {
				if (event.data !== after) return;
				removeEventListener('message', heard);
				done();
			};
			addEventListener('message', heard);
		});
	}, AFTER);
	await frame.evaluate(
		(after) =>
			new Promise<void>((done) =>
				requestAnimationFrame(() =>
					requestAnimationFrame(() => {
						parent.postMessage(after, '*');
						done();
					})
				)
			),
		AFTER
	);
	await page.evaluate(
		() => (window as unknown as { datelineTestAfter: Promise<void> }).datelineTestAfter
	);
}

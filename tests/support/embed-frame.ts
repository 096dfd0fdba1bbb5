import type { Browser, Frame, Locator, Page } from 'playwright-core';

/** The embed's own frame inside a host page's iframe, once its reader has hydrated. */
export async function readyFrame(iframe: Locator): Promise<Frame> {
	const frame = await (await iframe.elementHandle())?.contentFrame();
	if (!frame) throw new Error('the iframe holds no frame');
	await frame.waitForSelector('.reader[data-interactive]');
	return frame;
}

/**
 * A publisher's page with an embed, opened in a window of its own size: the page, the embed's
 * iframe and its frame once hydrated. `scrolled` brings the iframe into the window first, as a
 * reader scrolling down to it would.
 */
export async function openHostPage(
	browser: Browser,
	url: string,
	viewport: { width: number; height: number },
	{ scrolled = false } = {}
): Promise<{ page: Page; iframe: Locator; frame: Frame }> {
	const page = await browser.newPage({ viewport });
	await page.goto(url);
	const iframe = page.locator('iframe[data-dateline-embed]');
	if (scrolled) await iframe.scrollIntoViewIfNeeded();
	return { page, iframe, frame: await readyFrame(iframe) };
}

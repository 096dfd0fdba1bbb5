import type { Page } from 'playwright-core';

/** A tap, as a finger makes it: touchStart and touchEnd through the DevTools protocol. */
export async function tap(page: Page, selector: string) {
	const box = (await page.locator(selector).first().boundingBox())!;
	const cdp = await page.context().newCDPSession(page);
	const point = { x: box.x + Math.min(box.width / 2, 40), y: box.y + Math.min(box.height / 2, 20) };
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	await cdp.detach();
}

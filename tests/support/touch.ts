import type { Page } from 'playwright-core';

/**
 * A tap, as a finger makes it: touchStart and touchEnd through the DevTools protocol, on the
 * element once it has stayed put for two frames (as Playwright's click waits for): a point read
 * while the page still moved tapped whatever came there instead.
 */
export async function tap(page: Page, selector: string) {
	const point = await page
		.locator(selector)
		.first()
		.evaluate(
			(target) =>
				new Promise<{ x: number; y: number }>((done) => {
					let last = '';
					const look = () => {
						const box = target.getBoundingClientRect();
						const x = box.x + Math.min(box.width / 2, 40);
						const y = box.y + Math.min(box.height / 2, 20);
						const at = `${box.x} ${box.y} ${box.width} ${box.height}`;
						if (at === last) done({ x, y });
						else {
							last = at;
							requestAnimationFrame(look);
						}
					};
					requestAnimationFrame(look);
				})
		);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	await cdp.detach();
}

import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Zooms a long timeline in, goes to its far end with the End key, and waits until the range
 * holding that end has loaded (`loaded`) and every labelled event is one past `beyond`, each
 * with its title rather than the loading placeholder.
 */
export async function goToFarEnd(page: Page, loaded: () => boolean, beyond: number) {
	for (let i = 0; i < 4; i++)
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await page.locator('.viewport').focus();
	await page.keyboard.press('End');
	await expect.poll(loaded).toBe(true);
	await expect
		.poll(() =>
			page.$$eval('.band.measured [data-event]', (els) =>
				els.map((el) => Number(el.getAttribute('data-event')!.split('-').pop()))
			)
		)
		.toSatisfy((ids: number[]) => ids.length > 0 && ids.every((i) => i > beyond));
	expect(await page.locator('.band.measured .labels .title', { hasText: /^…$/ }).count()).toBe(0);
}

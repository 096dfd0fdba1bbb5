import { describe, expect, it } from 'vitest';
import { EDITED, ROME } from './support/reader-data/deep-time';
import { readerSuite } from './support/reader-suite';
import { artifactPath } from './support/server';
import { scrollSettled } from './support/settled';

/** An event of the Roman Republic's history (tests/support/reader-data/deep-time.ts). */
const CAESAR = 'march-15-44-bc-julius-caesar-was-stabbed-to-death-in';

const suite = readerSuite();

async function open(width: number, path: string) {
	const { page, errors } = await suite.page({
		viewport: { width, height: width < 500 ? 740 : 900 },
		hasTouch: width < 500
	});
	await page.goto(`${suite.url}${path}`);
	await page.waitForSelector('.reader[data-interactive]');
	return { page, errors };
}

describe('deep time in the reader', () => {
	for (const width of [1280, 360]) {
		it(`reads "44 BC" on the axis, the label and the card at ${width} px`, async () => {
			const { page, errors } = await open(width, `/t/${ROME}#${CAESAR}`);
			const card = page.locator(`[data-event-card="${CAESAR}"]`);
			await card.waitFor();
			expect((await card.locator('.when').textContent())?.trim()).toBe('Mar 15, 44 BC');
			const ticks = await page.$$eval('.axis text', (ts) => ts.map((t) => t.textContent ?? ''));
			expect(ticks.length).toBeGreaterThanOrEqual(2);
			// Every tick names its era on an axis across it, and none is an astronomical "-0043".
			for (const tick of ticks) expect(tick).toMatch(/^(\d+ BC|AD \d+)$/);
			expect(ticks.some((t) => t.endsWith(' BC'))).toBe(true);
			// The text a reader sees (the page's data script holds the ISO instants, as it should).
			expect(await page.locator('body').innerText()).not.toMatch(/-00\d\d/);
			// The chart shows the event the card describes, and keeps it once the page has
			// scrolled its sentence into sight (the reading line crosses the sentence before it).
			const inView = () =>
				page.evaluate(`(() => {
					const viewport = document.querySelector('.viewport').getBoundingClientRect();
					const label = document.querySelector('.band.measured .labels button[aria-pressed="true"]');
					const box = label && label.getBoundingClientRect();
					return !!box && box.left >= viewport.left && box.right <= viewport.right;
				})()`);
			await expect.poll(inView).toBe(true);
			await scrollSettled(page);
			expect(await inView()).toBe(true);
			await page.screenshot({ path: artifactPath(`deep-time-${width}.png`) });
			expect(errors).toEqual([]);
		});
	}

	it('shows an editor’s BC dates as "44 BC" and "AD 14", never "-0043"', async () => {
		const { page, errors } = await open(1280, `/t/${EDITED}`);
		const dates = await page.$$eval('.labels .date', (ds) => ds.map((d) => d.textContent ?? ''));
		expect(dates).toEqual(['44 BC', 'AD 14']);
		await page.locator('.labels button', { hasText: 'Caesar is killed' }).click();
		const card = page.locator('[data-event-card="caesar-killed"]');
		expect((await card.locator('.when').textContent())?.trim()).toBe('44 BC');
		expect(await page.locator('body').innerText()).not.toMatch(/-00\d\d/);
		await page.screenshot({ path: artifactPath('deep-time-edited-1280.png') });
		expect(errors).toEqual([]);
	});
});

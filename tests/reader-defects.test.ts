import { describe, expect, it } from 'vitest';
import { OLD_ID, OLD_IDS } from './support/reader-data/reader-defects';
import { readerSuite } from './support/reader-suite';
import { artifactPath } from './support/server';

/**
 * What a new user found wrong in the reader and the embed (one describe each), checked in
 * Chromium on the seed and on timelines made for the case (tests/support/reader-data).
 */
const SLUG = 'russian-bounties-taliban';

const suite = readerSuite();

async function open(width: number, height: number, path = `/t/${SLUG}`) {
	const { page } = await suite.page({ viewport: { width, height } });
	await page.goto(`${suite.url}${path}`);
	await page.waitForSelector('.reader[data-interactive]');
	return page;
}

describe("an event's id reads as words", () => {
	it('gives the seed\'s "months ago" event an id of its words, not of its TIMEX3 code', async () => {
		const page = await open(1280, 900);
		const ids = await page.$$eval('[data-print-event]', (lis) =>
			lis.map((li) => (li as HTMLElement).dataset.printEvent!)
		);
		expect(ids).toHaveLength(7);
		for (const id of ids) expect(id).not.toMatch(/_ref|present|future/);
		const monthsAgo = ids.find((id) => id.startsWith('months-ago-'));
		expect(monthsAgo).toBe('months-ago-united-states-concluded-russian-unit');
		await page.goto(`${suite.url}/t/${SLUG}#${monthsAgo}`);
		await page.waitForSelector('.card');
		expect(await page.locator('.card h2').textContent()).toMatch(/^United States concluded/);
		await page.screenshot({ path: artifactPath('defects-id-words-1280.png') });
	});

	it('keeps the ids a stored timeline was published with, so old links still open', async () => {
		const page = await open(1280, 900, `/t/${OLD_IDS}#${OLD_ID}`);
		await page.waitForSelector('.card');
		expect(await page.locator('.card h2').textContent()).toMatch(/^United States concluded/);
		expect(await page.evaluate(() => location.hash)).toBe(`#${OLD_ID}`);
	});
});

/** WCAG's contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
	const luminance = (css: string) => {
		const [r, g, b] = css
			.match(/[\d.]+/g)!
			.slice(0, 3)
			.map(Number);
		const linear = (c: number) => {
			const s = c / 255;
			return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
		};
		return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
	};
	const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
	return (x! + 0.05) / (y! + 0.05);
}

describe('disabled toolbar buttons', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		it(`look alike, flat and legible, with focus still shown (${colorScheme})`, async () => {
			const { page } = await suite.page({ viewport: { width: 1280, height: 900 }, colorScheme });
			// The first event selected: no previous one, and the whole timeline in view.
			await page.goto(`${suite.url}/t/${SLUG}#2016-kremlin-interfered-in-2016-presidential`);
			await page.waitForSelector('.card');
			const look = (selector: string) =>
				page.$eval(selector, (b) => {
					const s = getComputedStyle(b);
					return {
						color: s.color,
						background: s.backgroundColor,
						border: `${s.borderTopStyle} ${s.borderTopColor}`,
						opacity: s.opacity
					};
				});
			const previous = await look('button[aria-label="Previous event"]');
			const zoomOut = await look('button[aria-label="Zoom out"]');
			const enabled = await look('button[aria-label="Zoom in"]');
			expect(await page.getAttribute('button[aria-label="Previous event"]', 'aria-disabled')).toBe(
				'true'
			);
			expect(await page.isDisabled('button[aria-label="Zoom out"]')).toBe(true);
			expect(previous).toEqual(zoomOut);
			expect(previous.border).toMatch(/^solid /);
			expect(previous.opacity).toBe('1');
			expect(previous.background).not.toBe(enabled.background);
			expect(contrast(previous.color, previous.background)).toBeGreaterThanOrEqual(4.5);
			// ‹ stays focusable (aria-disabled), and its focus ring shows as on any button.
			await page.focus('button[aria-label="Zoom in"]');
			await page.keyboard.press('Tab');
			const ring = await page.evaluate(() => {
				const s = getComputedStyle(document.activeElement!);
				return {
					label: document.activeElement!.getAttribute('aria-label'),
					outline: `${s.outlineStyle} ${s.outlineWidth}`,
					color: s.outlineColor,
					page: getComputedStyle(document.body).backgroundColor
				};
			});
			expect(ring.label).toBe('Previous event');
			expect(ring.outline).toBe('solid 3px');
			expect(contrast(ring.color, ring.page)).toBeGreaterThanOrEqual(3);
			await page.evaluate(() => scrollTo(0, 0));
			await page.screenshot({
				path: artifactPath(`defects-disabled-buttons-${colorScheme}.png`),
				clip: { x: 0, y: 150, width: 720, height: 90 }
			});
		});
	}
});

describe("labels at the chart's right edge", () => {
	for (const [width, height] of [
		[360, 740],
		[1280, 900]
	] as const) {
		it(`are whole or not drawn as the reader zooms and pans (${width} px)`, async () => {
			const { page } = await suite.page({ viewport: { width, height }, reducedMotion: 'reduce' });
			await page.goto(`${suite.url}/t/${SLUG}`);
			await page.waitForSelector('.reader[data-interactive]');
			await page.focus('.viewport');
			const cut: string[] = [];
			let shot = false;
			for (let zoom = 0; zoom < 4; zoom++) {
				for (let pan = 0; pan < 14; pan++) {
					const found = await page.evaluate(() => {
						const edge = document.querySelector('.viewport')!.getBoundingClientRect().right;
						return [...document.querySelectorAll('.band.measured .labels li')]
							.filter((li) => li.getClientRects().length > 0)
							.map((li) => ({ box: li.getBoundingClientRect(), text: li.textContent!.trim() }))
							.filter(({ box }) => box.left < edge - 1 && box.right > edge + 0.5)
							.map(({ box, text }) => `${Math.round(edge - box.left)} px of "${text}"`);
					});
					if ((found.length || (zoom === 1 && pan === 0)) && !shot) {
						await page.screenshot({ path: artifactPath(`defects-right-edge-${width}.png`) });
						shot = true;
					}
					cut.push(...found.map((f) => `zoom ${zoom}, pan ${pan}: ${f}`));
					await page.keyboard.press('ArrowRight');
				}
				await page.keyboard.press('Home');
				await page.keyboard.press('+');
			}
			if (!shot) await page.screenshot({ path: artifactPath(`defects-right-edge-${width}.png`) });
			expect(cut).toEqual([]);
		});
	}
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DAYS, SAME_DAY, SAME_DAY_TITLES } from './support/reader-data/reader-round3';
import { readerSuite } from './support/reader-suite';
import { artifactPath } from './support/server';
import { tap } from './support/touch';

/**
 * Reader and embed defects new users found (third round), each checked in Chromium on a
 * timeline made for it (tests/support/reader-data), at 360 px by touch and 1280 px by pointer
 * and keyboard.
 */

const suite = readerSuite();

const open = (path: string, width: number, height = 900) =>
	suite.open(path, { width, height, touch: width < 500 });

/** The visible clusters' accessible names. */
const clusterNames = (page: Page) =>
	page.$$eval('.band.measured .cluster', (cs) =>
		cs.filter((c) => c.getClientRects().length > 0).map((c) => c.getAttribute('aria-label')!)
	);

/**
 * Zooms in with the + key, the keyboard on the cluster (a zoom keeps the focused event in place
 * and the keyboard on it), until the zoom stops growing: the deepest zoom.
 */
async function zoomToDeepest(page: Page) {
	await page.locator('.band.measured .cluster').first().focus();
	let last = '';
	for (let i = 0; i < 40; i++) {
		const now = (await page.locator('.toolbar .span').textContent()) ?? '';
		if (now === last) break;
		last = now;
		await page.keyboard.press('+');
	}
}

describe('a cluster zooming cannot part', () => {
	for (const width of [360, 1280]) {
		for (const kind of ['t', 'embed']) {
			it(`lists its events at the deepest zoom, reachable by ${width < 500 ? 'touch' : 'pointer'} and keyboard, and promises no zoom (/${kind}/, ${width} px)`, async () => {
				const { page, errors, touch } = await open(`/${kind}/${DAYS}`, width);
				await zoomToDeepest(page);
				await expect.poll(() => clusterNames(page)).not.toEqual([]);
				const names = await clusterNames(page);
				expect(
					names.filter((n) => /zoom in/.test(n)),
					names.join(' | ')
				).toEqual([]);
				expect(
					names.every((n) => /list them/.test(n)),
					names.join(' | ')
				).toBe(true);
				const cluster = page.locator('.band.measured .cluster').first();
				const count =
					Number((await cluster.getAttribute('data-last'))!) -
					Number((await cluster.getAttribute('data-first'))!) +
					1;
				if (touch) await tap(page, '.band.measured .cluster');
				else await cluster.click();
				const menu = page.locator('.cluster-menu');
				await expect.poll(() => menu.isVisible()).toBe(true);
				expect(await menu.locator('li button').count()).toBe(count);
				await page.screenshot({ path: artifactPath(`round3-cluster-list-${kind}-${width}.png`) });
				// The list is inside the window, whole or scrolling, never cut by the chart's edge.
				const box = (await menu.boundingBox())!;
				expect(box.x).toBeGreaterThanOrEqual(0);
				expect(box.x + box.width).toBeLessThanOrEqual(width);
				// An event of it is chosen: the card opens on it, the list closes.
				const second = menu.locator('li button').nth(1);
				const id = (await second.getAttribute('data-listed'))!;
				if (touch) await tap(page, '.cluster-menu li button >> nth=1');
				else await second.click();
				await expect.poll(() => menu.count()).toBe(0);
				await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);
				// By keyboard: Enter opens it, arrows move in it, Escape closes it and the keyboard
				// is back on the cluster.
				await page.locator('.band.measured .cluster').first().focus();
				await page.keyboard.press('Enter');
				await expect.poll(() => menu.isVisible()).toBe(true);
				await expect
					.poll(() => page.evaluate(() => !!document.activeElement?.closest('.cluster-menu')))
					.toBe(true);
				await page.keyboard.press('ArrowDown');
				await page.keyboard.press('Escape');
				await expect.poll(() => menu.count()).toBe(0);
				expect(
					await page.evaluate(() => document.activeElement?.classList.contains('cluster'))
				).toBe(true);
				// Escape closed the list, not the card of the event chosen before.
				expect(await page.locator('.card').count()).toBe(1);
				expect(errors).toEqual([]);
			});
		}
	}

	for (const width of [360, 1280]) {
		it(`lists a cluster of one day's events at the first zoom, by ${width < 500 ? 'touch' : 'pointer'} (${width} px)`, async () => {
			const { page, errors, touch } = await open(`/t/${SAME_DAY}`, width);
			const names = await clusterNames(page);
			expect(names.length).toBeGreaterThan(0);
			expect(
				names.filter((n) => /zoom in/.test(n)),
				names.join(' | ')
			).toEqual([]);
			if (touch) await tap(page, '.band.measured .cluster');
			else await page.locator('.band.measured .cluster').first().click();
			const menu = page.locator('.cluster-menu');
			await expect.poll(() => menu.isVisible()).toBe(true);
			const listed = await menu.locator('li button .title').allTextContents();
			const cluster = page.locator('.band.measured .cluster').first();
			expect(listed.length).toBe(
				Number(await cluster.getAttribute('data-last')) -
					Number(await cluster.getAttribute('data-first')) +
					1
			);
			for (const title of listed) expect(SAME_DAY_TITLES).toContain(title);
			await page.screenshot({ path: artifactPath(`round3-same-day-list-${width}.png`) });
			expect(errors).toEqual([]);
		});
	}

	for (const by of ['pointer', 'keyboard'] as const) {
		it(`keeps the keyboard on the event chosen from the list, and on it again when its card closes (1280 px, ${by})`, async () => {
			const { page, errors } = await open(`/t/${SAME_DAY}`, 1280);
			/** What has the keyboard, and whether it is inside the window: never the page itself. */
			const focused = () =>
				page.evaluate(() => {
					const el = document.activeElement;
					if (!el || el === document.body) return 'body';
					const box = el.getBoundingClientRect();
					const seen =
						box.width > 0 && box.top >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
					return `${el.getAttribute('aria-label') ?? el.textContent?.trim()}${seen ? '' : ' (out of sight)'}`;
				});
			const chooseSecond = async () => {
				const cluster = page.locator('.band.measured .cluster').first();
				if (by === 'keyboard') {
					await cluster.focus();
					await page.keyboard.press('Enter');
				} else await cluster.click();
				const menu = page.locator('.cluster-menu');
				await expect.poll(() => menu.isVisible()).toBe(true);
				const second = menu.locator('li button').nth(1);
				const title = (await second.locator('.title').textContent())!;
				if (by === 'keyboard') {
					await page.keyboard.press('ArrowDown');
					await page.keyboard.press('Enter');
				} else await second.click();
				await expect.poll(() => menu.count()).toBe(0);
				await expect.poll(() => page.locator('.card h2').textContent()).toBe(title);
				return title;
			};

			// Chosen from the list, the event has a label of its own and the keyboard: the cluster
			// it had been focused on lost the event, redrew, and dropped the keyboard to the page.
			const title = await chooseSecond();
			const onEvent = new RegExp(`^Mar 10, 2020: ${title}$`);
			await expect.poll(focused).toMatch(onEvent);
			await page.screenshot({ path: artifactPath(`round3-list-chosen-focus-${by}.png`) });
			// Tab goes on through the chart and into the card, Shift+Tab back to the event.
			await page.keyboard.press('Tab');
			expect(await focused()).not.toBe('body');
			await page.keyboard.press('Shift+Tab');
			await expect.poll(focused).toMatch(onEvent);
			// Escape closes the card: the keyboard stays on the event.
			await page.keyboard.press('Escape');
			await expect.poll(() => page.locator('.card').count()).toBe(0);
			await expect.poll(focused).toMatch(onEvent);

			// Chosen again, then the card's close button: the keyboard goes back to the event.
			const again = await chooseSecond();
			if (by === 'keyboard') {
				await page.locator('.card .close').focus();
				await page.keyboard.press('Enter');
			} else await page.locator('.card .close').click();
			await expect.poll(() => page.locator('.card').count()).toBe(0);
			await expect.poll(focused).toBe(`Mar 10, 2020: ${again}`);
			expect(errors).toEqual([]);
		});
	}

	it('says "list them" in every language', async () => {
		const words = { fr: 'les lister', de: 'als Liste zeigen', es: 'verlos en una lista' };
		for (const [lang, said] of Object.entries(words)) {
			const { page } = await open(`/embed/${SAME_DAY}?lang=${lang}`, 1280);
			const names = await clusterNames(page);
			expect(names.length).toBeGreaterThan(0);
			for (const name of names) expect(name).toContain(said);
		}
	});
});

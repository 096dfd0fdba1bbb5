import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { axisAsSeen } from './support/axis';
import { launchBrowser } from './support/browser';
import { seedServerUrl } from './support/seed-server';
import { artifactPath } from './support/server';
import { sharedPages } from './support/shared-page';

const SLUG = 'russian-bounties-taliban';
const SERVER = seedServerUrl();
let browser: Browser;
/** A window of each kind, each row loading its own page in it (tests/support/shared-page.ts). */
const pages = sharedPages(() => browser);

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
});

async function open(
	width: number,
	hash = '',
	options: { reducedMotion?: 'reduce'; hasTouch?: boolean } = {}
) {
	const { page, errors } = await pages.page(
		{
			viewport: { width, height: width < 500 ? 740 : 900 },
			reducedMotion: options.reducedMotion ?? 'no-preference',
			hasTouch: options.hasTouch ?? false
		},
		{ console: true }
	);
	await page.goto(`${SERVER}/t/${SLUG}${hash}`);
	await page.waitForSelector('.reader[data-interactive]');
	await page.waitForFunction(
		() =>
			document.querySelector('.viewport svg')?.getAttribute('width') !== '800' || innerWidth > 900
	);
	return { page, errors };
}

const axisLabels = (page: Page) => page.$$eval('.axis text', (ts) => ts.map((t) => t.textContent));
/** Opens clusters until an event's own label is on the timeline. */
async function showLabel(page: Page, title: string) {
	const label = page.locator(`.labels button[data-event]:has-text("${title}")`);
	for (let i = 0; i < 6 && (await label.count()) === 0; i++) {
		await page.locator('.labels button.cluster').first().click();
	}
	expect(await label.count()).toBe(1);
}

const labelTitles = (page: Page) =>
	page.$$eval('.labels button .title', (ts) => ts.map((t) => t.textContent));

describe('the reader page of the seed timeline', () => {
	for (const width of [1280, 360]) {
		it(`draws the events in date order at ${width} px, without overlapping labels`, async () => {
			const { page, errors } = await open(width);
			// Every event is labelled or counted in a cluster, in date order.
			const shown = await page.$$eval('.labels button', (bs) =>
				bs.map((b) =>
					b.classList.contains('cluster')
						? { count: Number(b.dataset.last) - Number(b.dataset.first) + 1 }
						: { count: 1, date: b.querySelector('.date')!.textContent }
				)
			);
			expect(shown.reduce((n, s) => n + s.count, 0)).toBe(7);
			expect(shown[0]).toEqual({ count: 1, date: '2016' });
			expect(await page.textContent('header .meta')).toMatch(/, 2020 · 7 events\s*$/);
			const boxes = await page.$$eval('.labels li', (lis) =>
				lis
					.map((li) => li.getBoundingClientRect())
					.map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height }))
			);
			for (let i = 0; i < boxes.length; i++) {
				for (let j = i + 1; j < boxes.length; j++) {
					const [a, b] = [boxes[i]!, boxes[j]!];
					const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
					expect(overlap, `labels ${i} and ${j} overlap`).toBe(false);
				}
			}
			await page.screenshot({ path: artifactPath(`reader-${width}.png`) });
			expect(errors).toEqual([]);
		});
	}

	it('zooms by ctrl + wheel, keyboard and buttons, and the axis adapts', async () => {
		const { page } = await open(1280);
		const before = await axisLabels(page);
		const box = (await page.$('.viewport'))!;
		const { x, y, width } = (await box.boundingBox())!;
		await page.mouse.move(x + width * 0.85, y + 40);
		await page.keyboard.down('Control');
		for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -100);
		await page.keyboard.up('Control');
		await expect.poll(() => axisLabels(page)).not.toEqual(before);
		const wheeled = await axisLabels(page);
		expect(wheeled).not.toEqual(before);
		await page.click('button[aria-label="Fit the whole timeline"]');
		expect(await axisLabels(page)).toEqual(before);
		await page.focus('.viewport');
		for (let i = 0; i < 6; i++) await page.keyboard.press('+');
		const keyed = await axisLabels(page);
		expect(keyed).not.toEqual(before);
		expect(
			keyed.some((l) =>
				/^(January|February|March|April|May|June|July|August|September|October|November|December|\w{3} \d+)$/.test(
					l!
				)
			)
		).toBe(true);
		await page.keyboard.press('Home');
		const home = await axisLabels(page);
		await page.keyboard.press('End');
		expect(await axisLabels(page)).not.toEqual(home);
		await page.keyboard.press('0');
		expect(await axisLabels(page)).toEqual(before);
	});

	it('selects an event: card, highlighted sentence, URL hash, and a reload keeps it', async () => {
		const { page } = await open(1280);
		await showLabel(page, 'Twenty Americans');
		await page.click('.labels button:has-text("Twenty Americans")');
		const card = page.locator('.card');
		await expect.poll(() => card.count()).toBe(1);
		expect(await card.locator('h2').textContent()).toBe(
			'Twenty Americans killed in combat in Afghanistan'
		);
		expect(await card.textContent()).toContain('“2019”');
		expect(await card.locator('blockquote').textContent()).toMatch(
			/^Twenty Americans were killed in combat/
		);
		expect(await page.locator('.article-text .highlight').textContent()).toMatch(
			/^Twenty Americans were killed/
		);
		const hash = await page.evaluate(() => location.hash);
		expect(hash).toMatch(/^#2019-twenty-americans/);
		await page.screenshot({ path: artifactPath('reader-selected-1280.png') });
		await page.reload();
		await page.waitForSelector('.card');
		expect(await page.locator('.card h2').textContent()).toBe(
			'Twenty Americans killed in combat in Afghanistan'
		);
		expect(await page.locator('.labels button[aria-pressed="true"] .title').textContent()).toMatch(
			/^Twenty Americans/
		);
	});

	it('selects the event of a sentence clicked in the article', async () => {
		const { page } = await open(1280);
		await page.click('.article-text a.dated:has-text("in late March")');
		await page.waitForSelector('.card');
		expect(await page.locator('.card h2').textContent()).toBe(
			'Intelligence finding briefed to President Donald Trump'
		);
		expect(await page.locator('.labels button[aria-pressed="true"] .date').textContent()).toBe(
			'late March 2020'
		);
	});

	it('lets the keyboard reach the timeline and walk its events in date order, with visible focus', async () => {
		const { page } = await open(1280, '', { reducedMotion: 'reduce' });
		let focused = '';
		for (let i = 0; i < 12 && !focused.startsWith('event:'); i++) {
			await page.keyboard.press('Tab');
			focused = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement;
				return el.dataset.event ? `event:${el.dataset.event}` : el.className;
			});
		}
		expect(focused).toMatch(/^event:2016-/);
		const outline = await page.evaluate(
			() => getComputedStyle(document.activeElement!).outlineStyle
		);
		expect(outline).toBe('solid');
		await page.keyboard.press('ArrowRight');
		expect(
			await page.evaluate(() => (document.activeElement as HTMLElement).dataset.event)
		).toMatch(/^2018-/);
		await page.keyboard.press('End');
		expect(
			await page.evaluate(() => (document.activeElement as HTMLElement).dataset.event)
		).toMatch(/^2020-06-26-/);
		await page.keyboard.press('Enter');
		await page.waitForSelector('.card');
		expect(await page.evaluate(() => location.hash)).toMatch(/^#2020-06-26-/);
		await page.screenshot({ path: artifactPath('reader-keyboard-focus-1280.png') });
		// Escape closes the card and gives the keyboard back to the event it described.
		await page.keyboard.press('Escape');
		expect(await page.locator('.card').count()).toBe(0);
		expect(
			await page.evaluate(() => (document.activeElement as HTMLElement).dataset.event)
		).toMatch(/^2020-06-26-/);
	});

	it('offers screen readers an ordered list of events, each a labelled button', async () => {
		const { page } = await open(1280);
		const list = page.locator('ol[aria-label="Events in date order"]');
		expect(await list.count()).toBe(1);
		const clusters = await list
			.locator('button.cluster')
			.evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')));
		expect(
			clusters.every((l) => /^\d+ events, .+: (zoom in to show them|list them)$/.test(l!))
		).toBe(true);
		expect(await labelTitles(page)).toContain('Kremlin interfered in 2016 presidential election');
		expect(await page.locator('svg[aria-hidden="true"]').count()).toBeGreaterThan(0);
	});

	it('brings forward the event of the sentence being read as the article scrolls (phone)', async () => {
		const { page } = await open(360);
		// The reading line lies in the visible part of the article, below the pinned timeline.
		await page.locator('.article-text a.dated:has-text("Twenty Americans")').evaluate((el) => {
			const panel = document.querySelector<HTMLElement>('.graphic')!.offsetHeight;
			const line = panel + (innerHeight - panel) * 0.35;
			scrollTo(0, el.getBoundingClientRect().top + scrollY - line + 4);
		});
		// The current event is marked on its label, or on the cluster that holds it.
		await expect
			.poll(() => page.locator('.labels button.current').count(), { timeout: 3000 })
			.toBe(1);
		// The timeline stays pinned above the text while it scrolls.
		const top = await page.locator('.graphic').evaluate((el) => el.getBoundingClientRect().top);
		expect(top).toBe(0);
		await page.screenshot({ path: artifactPath('reader-scrolled-360.png') });
		await page.click('.article-text a.dated:has-text("Twenty Americans")');
		await page.waitForSelector('.card');
		const card = await page.locator('.card').boundingBox();
		expect(card!.y + card!.height).toBeLessThanOrEqual(740);
		await page.screenshot({ path: artifactPath('reader-selected-360.png') });
	});

	for (const [width, hasTouch] of [
		[360, true],
		[1280, false]
	] as const) {
		it(`keeps the axis's labels clear of the off-screen counters with an event selected, at ${width} px`, async () => {
			const { page, errors } = await open(width, '', { hasTouch });
			await page.click('.article-text a.dated:has-text("Twenty Americans")');
			await page.waitForSelector('.card');
			// Zoomed in on the event, with events off-screen on both sides.
			await expect.poll(() => page.locator('.offscreen').count()).toBeGreaterThan(0);
			const axis = await axisAsSeen(page);
			// Two labels at least give a scale; none is half under a counter or cut by an edge.
			expect(axis.labels.length).toBeGreaterThanOrEqual(2);
			expect(axis.covered).toEqual([]);
			expect(axis.cut).toEqual([]);
			await page.screenshot({ path: artifactPath(`reader-selected-axis-${width}.png`) });
			expect(errors).toEqual([]);
		});

		it(`opens the event a link's hash names after a bad one was cleared, at ${width} px`, async () => {
			const { page, errors } = await open(width, '#no-such-event', { hasTouch });
			// The unknown id selects nothing, and the reader clears it from the address.
			await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
			expect(await page.locator('.card').count()).toBe(0);
			const id = (await page
				.locator('.labels button[data-event]')
				.first()
				.getAttribute('data-event'))!;
			await page.evaluate((hash) => (location.hash = hash), `#${id}`);
			await expect.poll(() => page.locator(`[data-event-card="${id}"]`).count()).toBe(1);
			expect(await page.evaluate(() => location.hash)).toBe(`#${id}`);
			// And a second link after it, as a reader following links on the page does.
			const other = (await page
				.locator('.labels button[data-event]')
				.last()
				.getAttribute('data-event'))!;
			await page.evaluate((hash) => (location.hash = hash), `#${other}`);
			await expect.poll(() => page.locator(`[data-event-card="${other}"]`).count()).toBe(1);
			await page.screenshot({ path: artifactPath(`reader-hash-after-bad-${width}.png`) });
			// The console's warning about the unknown id is expected; nothing else.
			expect(errors).toEqual([]);
		});
	}

	it('drags to pan with a pointer', async () => {
		const { page } = await open(1280);
		const before = await axisLabels(page);
		const { x, y, width } = (await (await page.$('.viewport'))!.boundingBox())!;
		// Zoom in first so there is room to pan.
		await page.focus('.viewport');
		for (let i = 0; i < 3; i++) await page.keyboard.press('+');
		const zoomed = await axisLabels(page);
		await page.mouse.move(x + width / 2, y + 36);
		await page.mouse.down();
		await page.mouse.move(x + width / 2 + 250, y + 36, { steps: 8 });
		await page.mouse.up();
		expect(await axisLabels(page)).not.toEqual(zoomed);
		await page.click('button[aria-label="Fit the whole timeline"]');
		expect(await axisLabels(page)).toEqual(before);
	});

	it('pinches to zoom on a touch screen', async () => {
		const { page } = await open(360, '', { hasTouch: true });
		const before = await axisLabels(page);
		const { x, y, width } = (await (await page.$('.viewport'))!.boundingBox())!;
		const cdp = await page.context().newCDPSession(page);
		const cy = y + 120;
		const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
			cdp.send('Input.dispatchTouchEvent', {
				type,
				touchPoints:
					type === 'touchEnd'
						? []
						: [
								{ x: x + width / 2 - spread, y: cy, id: 1 },
								{ x: x + width / 2 + spread, y: cy, id: 2 }
							]
			});
		await touch('touchStart', 40);
		for (let spread = 50; spread <= 150; spread += 20) await touch('touchMove', spread);
		await touch('touchEnd', 0);
		await expect.poll(() => axisLabels(page)).not.toEqual(before);
		await expect.poll(() => page.locator('button[aria-label="Zoom out"]').isEnabled()).toBe(true);
	});

	it('meets WCAG 2.1 AA by axe-core in the dark embed too', async () => {
		const { page } = await pages.page({ viewport: { width: 800, height: 900 } });
		await page.goto(
			`${SERVER}/embed/${SLUG}?theme=dark&event=2019-twenty-americans-killed-in-combat-in`
		);
		await page.waitForSelector('.card');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		expect(await accessibilityViolations(page)).toEqual([]);
		await page.screenshot({ path: artifactPath('embed-dark-800.png'), fullPage: true });
	});

	for (const [width, theme] of [
		[1280, 'light'],
		[360, 'light']
	] as const) {
		it(`meets WCAG 2.1 AA by axe-core at ${width} px (${theme}), with an event selected`, async () => {
			const { page } = await open(width, '#2019-twenty-americans-killed-in-combat-in');
			await page.waitForSelector('.card');
			expect(await accessibilityViolations(page)).toEqual([]);
		});
	}
});

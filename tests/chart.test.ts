import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { seedServerUrl } from './support/seed-server';
import { artifactPath } from './support/server';
import { followRequests } from './support/requests';
import { drawingSettled } from './support/settled';
import { sharedPages } from './support/shared-page';
import { tap } from './support/touch';

/**
 * The seed, a 41-event chronology, a 164-event history and a news report (tests/fixtures/articles;
 * the report is the writer's dev12 county-ransomware).
 */
const FIXTURES = {
	seed: 'russian-bounties-taliban',
	chronology: 'boeing-737-max-timeline',
	history: 'space-race-history',
	/** Most of its events in the two weeks before the page, at the very end of its timeline. */
	news: 'county-ransomware'
} as const;

/** The run's one server of the seed, which serves the fixtures too (tests/support/reader-data). */
const SERVER = seedServerUrl();
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
});

/** Sums the page's layout shifts as it loads, from its first paint (read by the shift rows). */
const SHIFT = () => {
	const w = window as unknown as { shift: number };
	w.shift = 0;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries() as unknown as { value: number }[]) w.shift += entry.value;
	}).observe({ type: 'layout-shift', buffered: true });
};

/** A window of each kind, each row loading its own page in it (tests/support/shared-page.ts). */
const pages = sharedPages(
	() => browser,
	(page) => page.addInitScript(SHIFT)
);
/** The requests of the last page `open` loaded, followed until the next one. */
let following: ReturnType<typeof followRequests> | undefined;

/** A reader's page, hydrated and measured; `cold` loads it with an empty cache, as a first visit. */
async function open(slug: string, width: number, touch = width < 500, { cold = false } = {}) {
	const { page, errors } = await pages.page(
		{
			viewport: { width, height: width < 500 ? 740 : 900 },
			hasTouch: touch,
			isMobile: touch,
			reducedMotion: 'reduce'
		},
		{ cold }
	);
	following?.stop();
	const requests = (following = followRequests(page));
	await page.goto(`${SERVER}/t/${slug}`);
	await page.waitForSelector('.reader[data-interactive]');
	await page.waitForSelector('.band.measured');
	return { page, errors, requests };
}

/** The overview's window: where the view starts and how much of the timeline it shows (%). */
const windowOf = (page: Page) =>
	page.$eval('.overview .window', (el) => {
		const style = (el as HTMLElement).style;
		return {
			left: parseFloat(style.left),
			width: parseFloat(/([\d.e-]+)%/.exec(style.width)![1]!)
		};
	});

const box = async (page: Page, selector: string) =>
	(await page.locator(selector).first().boundingBox())!;

type Point = [number, number];

/** Touches through the DevTools protocol, as a phone's screen sends them. */
async function gesture(cdp: CDPSession, frames: Point[][]) {
	for (let i = 0; i < frames.length; i++) {
		const type = i === 0 ? 'touchStart' : 'touchMove';
		await cdp.send('Input.dispatchTouchEvent', {
			type,
			touchPoints: frames[i]!.map(([x, y], id) => ({ x, y, id }))
		});
	}
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** One finger from a to b in steps. */
const line = (a: Point, b: Point, steps = 8): Point[][] =>
	Array.from({ length: steps + 1 }, (_, i) => [
		[a[0] + ((b[0] - a[0]) * i) / steps, a[1] + ((b[1] - a[1]) * i) / steps]
	]);

const scrollY = (page: Page) => page.evaluate(() => scrollY);

describe('the timeline chart', () => {
	it('on a touch screen: a vertical swipe scrolls the page, a sideways drag pans, a pinch zooms', async () => {
		const { page, errors } = await open(FIXTURES.history, 360);
		const cdp = await page.context().newCDPSession(page);
		const chart = await box(page, '.viewport');
		const cx = chart.x + chart.width / 2;
		const start = await windowOf(page);
		// A vertical swipe that starts on the timeline scrolls the article.
		await gesture(cdp, line([cx, chart.y + 140], [cx, chart.y + 20]));
		await expect.poll(() => scrollY(page)).toBeGreaterThan(40);
		expect(await windowOf(page)).toEqual(start);
		// A swipe flings: scroll back until the page stays at the top for a few frames (the
		// fling would otherwise carry on scrolling under the next gesture).
		await expect
			.poll(() =>
				page.evaluate(async () => {
					scrollTo(0, 0);
					for (let i = 0; i < 5; i++) await new Promise(requestAnimationFrame);
					return scrollY;
				})
			)
			.toBe(0);

		// A pinch zooms in.
		const cy = chart.y + 60;
		const pinch = Array.from({ length: 8 }, (_, i): Point[] => [
			[cx - 30 - i * 12, cy],
			[cx + 30 + i * 12, cy]
		]);
		await gesture(cdp, pinch);
		await expect.poll(async () => (await windowOf(page)).width).toBeLessThan(start.width * 0.7);
		const zoomed = await windowOf(page);

		// A sideways one-finger drag pans to earlier time, and the page does not scroll.
		await gesture(cdp, line([chart.x + 60, cy], [chart.x + 260, cy + 4]));
		await expect.poll(async () => (await windowOf(page)).left).toBeLessThan(zoomed.left);
		expect((await windowOf(page)).width).toBeCloseTo(zoomed.width, 5);
		expect(await scrollY(page)).toBe(0);
		await page.screenshot({ path: artifactPath('chart-touch-360.png') });
		expect(errors).toEqual([]);
	});

	it("never cuts a label at the chart's edges: after a deep link, a finger's pan (360 px) or a drag (1280 px)", async () => {
		// Labels shown (not hidden) whose box reaches past either edge of the chart.
		const CUT = `[...document.querySelectorAll('.band.measured li')]
			.filter((li) => !li.hidden && li.getClientRects().length)
			.map((li) => [li, li.getBoundingClientRect(), li.closest('.viewport').getBoundingClientRect()])
			.filter(([, r, v]) => r.left < v.left - 0.5 || r.right > v.right + 0.5)
			.map(([li, r, v]) => li.textContent.trim().slice(0, 24) + ' ' + Math.round(r.left - v.left))`;
		for (const width of [360, 1280]) {
			// A deep link to 2018 shows the seed's first label (2016), whose bar ends before the view.
			const { page, errors } = await open(
				`${FIXTURES.seed}#2018-at-summit-in-helsinki-trump-suggested`,
				width
			);
			await page.waitForSelector('.band.measured [data-event*="helsinki"][aria-pressed="true"]');
			const cuts: string[] = await page.evaluate(CUT);
			await page.screenshot({ path: artifactPath(`chart-left-edge-link-${width}.png`) });
			const cdp = await page.context().newCDPSession(page);
			const chart = await box(page, '.viewport');
			const y = chart.y + chart.height - 40;
			const x = chart.x + chart.width / 2;
			const fit = page.getByRole('button', { name: 'Fit the whole timeline', exact: true });
			if (await fit.isEnabled()) await fit.click();
			for (let zoom = 0; zoom < 3; zoom++) {
				await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
				for (const dx of [-40, -40, -40, 40, 40, 40, 40, 40, 40, 40, 40, 40]) {
					if (width < 500) await gesture(cdp, line([x, y], [x + dx, y], 5));
					else {
						await page.mouse.move(x, y);
						await page.mouse.down();
						await page.mouse.move(x + dx, y, { steps: 5 });
						await page.mouse.up();
					}
					const cut: string[] = await page.evaluate(CUT);
					if (cut.length && !cuts.length)
						await page.screenshot({ path: artifactPath(`chart-left-edge-pan-${width}.png`) });
					cuts.push(...cut);
				}
			}
			expect(cuts).toEqual([]);
			expect(errors).toEqual([]);
		}
	});

	it('gives every mark in view a label or a cluster, held inside the chart, as a pinch, a swipe or a drag moves it', async () => {
		// Events in view, and the marks whose label is hidden or cut by the chart's edges (marks and
		// labels are drawn in the same order, one group and one list item per label or cluster).
		const MARKS = `(() => {
			const band = document.querySelector('.band.measured');
			const v = band.closest('.viewport').getBoundingClientRect();
			const groups = [...band.querySelectorAll('svg .marks > g')];
			const items = [...band.querySelectorAll('li')];
			const inView = groups.filter((g) => {
				const mark = g.querySelector('circle, rect').getBoundingClientRect();
				const x = mark.left + mark.width / 2;
				return x >= v.left && x <= v.right;
			});
			const unlabelled = inView.flatMap((g) => {
				const li = items[groups.indexOf(g)];
				const r = li.getBoundingClientRect();
				const shown = !li.hidden && li.getClientRects().length > 0;
				if (shown && r.left >= v.left - 0.5 && r.right <= v.right + 0.5) return [];
				return [(li.textContent || '').trim().slice(0, 30) + ' at ' + Math.round(r.left - v.left)];
			});
			// A cluster's events are its member ticks.
			const events = inView.reduce((n, g) => n + (g.querySelectorAll('.member').length || 1), 0);
			return { events, unlabelled };
		})()`;
		for (const width of [360, 1280]) {
			const { page, errors } = await open(FIXTURES.news, width);
			const cdp = await page.context().newCDPSession(page);
			const chart = await box(page, '.viewport');
			const y = chart.y + chart.height - 40;
			// The news is at the timeline's end: zoom in, go to the end, and swipe or drag back
			// across it, a little at a time.
			const x = chart.x + chart.width / 2;
			const missing: string[] = [];
			let busy = 0;
			const look = async () => {
				const { events, unlabelled } = (await page.evaluate(MARKS)) as {
					events: number;
					unlabelled: string[];
				};
				if (unlabelled.length && !missing.length)
					await page.screenshot({ path: artifactPath(`chart-unlabelled-${width}.png`) });
				missing.push(...unlabelled);
				if (events >= 4) busy++;
			};
			const zoomIn = page.getByRole('button', { name: 'Zoom in', exact: true });
			for (let zoom = 0; zoom < 6; zoom++) {
				if (width < 500) await tap(page, '[aria-label="Zoom in"]');
				else await zoomIn.click();
				if (zoom < 2) continue;
				await page.locator('.viewport').focus();
				await page.keyboard.press('End');
				await look();
				for (let step = 0; step < 8; step++) {
					if (width < 500) await gesture(cdp, line([x - 10, y], [x + 10, y], 4));
					else {
						await page.mouse.move(x - 10, y);
						await page.mouse.down();
						await page.mouse.move(x + 10, y, { steps: 4 });
						await page.mouse.up();
					}
					await look();
				}
			}
			await page.screenshot({ path: artifactPath(`chart-news-labelled-${width}.png`) });
			expect(missing).toEqual([]);
			// The views looked at held the story, not empty stretches of it.
			expect(busy).toBeGreaterThan(10);
			expect(errors).toEqual([]);
		}
	});

	it("on a phone, the folded strip says what a bar and a dot mean, on one line, as a desk's legend does", async () => {
		const desk = await open(FIXTURES.seed, 1280);
		const sentence = await desk.page.locator('.legend').evaluate((p) => p.firstChild!.textContent);
		for (const [width, height] of [
			[360, 740],
			[375, 667]
		] as const) {
			const { page } = await pages.page({
				viewport: { width, height },
				hasTouch: true,
				isMobile: true
			});
			await page.goto(`${SERVER}/t/${FIXTURES.seed}`);
			await page.waitForSelector('.reader[data-interactive]');
			// Scrolled into the article, the strip pinned at the top holds the legend, whole.
			await page.evaluate(() => scrollTo(0, 600));
			const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
			await expect.poll(async () => Math.round((await box('.graphic')).y)).toBe(0);
			const [strip, overview, legend, brief] = [
				await box('.graphic'),
				await box('.overview'),
				await box('.legend'),
				await box('.legend .brief')
			];
			// Brief words to the eye, on one line, uncut; the desk's sentence to a screen reader.
			expect(await page.locator('.legend .brief').textContent()).toBe(
				'Bar: possible time; dot: a known day'
			);
			expect(
				await page.locator('.legend .brief').evaluate((b) => b.scrollWidth <= b.clientWidth)
			).toBe(true);
			expect(legend.height).toBeLessThanOrEqual(18);
			expect(brief.x + brief.width).toBeLessThanOrEqual(strip.x + strip.width);
			expect(await page.locator('.legend').evaluate((p) => p.firstChild!.textContent)).toBe(
				sentence
			);
			expect(legend.y).toBeGreaterThanOrEqual(overview.y + overview.height);
			expect(legend.y + legend.height).toBeLessThanOrEqual(strip.y + strip.height + 0.5);
			// Within 40% of a 740 px window (reading.test.ts) and half a 667 px one (scale.test.ts).
			expect(strip.height).toBeLessThanOrEqual(height * (height >= 740 ? 0.4 : 0.5) + 0.5);
			await page.screenshot({ path: artifactPath(`chart-phone-legend-${width}x${height}.png`) });
		}
	});

	it('a double tap zooms in 2×, as + and a double click do (it zoomed 4×: the tap and the browser’s dblclick after it)', async () => {
		const zoom = (page: Page) =>
			page.$eval('.toolbar .span .visually-hidden', (e) => e.textContent ?? '');
		const { page } = await open(FIXTURES.seed, 360);
		const cdp = await page.context().newCDPSession(page);
		const chart = await box(page, '.viewport');
		const at: Point = [chart.x + chart.width / 2, chart.y + 30];
		expect(await zoom(page)).toMatch(/Zoom 100%/);
		// The browser's dblclick, the last event of a double tap, once it has reached the page.
		await page.evaluate(() => {
			const w = window as unknown as { dblclicked: Promise<unknown> };
			w.dblclicked = new Promise((done) =>
				addEventListener('dblclick', done, { capture: true, once: true })
			);
		});
		await gesture(cdp, [[at]]);
		await gesture(cdp, [[at]]);
		await expect.poll(() => zoom(page)).toMatch(/Zoom 200%/);
		// Settled: no second zoom follows.
		await page.evaluate(() => (window as unknown as { dblclicked: Promise<unknown> }).dblclicked);
		await drawingSettled(page, '.reader');
		expect(await zoom(page)).toMatch(/Zoom 200%/);
		await page.screenshot({ path: artifactPath('chart-double-tap-360.png') });
		// A mouse's double click still zooms 2×.
		const desk = await open(FIXTURES.seed, 1280);
		const wide = await box(desk.page, '.viewport');
		await desk.page.mouse.dblclick(wide.x + wide.width / 2, wide.y + 30);
		await expect.poll(() => zoom(desk.page)).toMatch(/Zoom 200%/);
	});

	it('a plain wheel scrolls the page both ways and once says how to zoom; ctrl + wheel zooms', async () => {
		const { page } = await open(FIXTURES.history, 1280);
		const chart = await box(page, '.viewport');
		const start = await windowOf(page);
		await page.mouse.move(chart.x + chart.width / 2, chart.y + 120);
		await page.mouse.wheel(0, 400);
		await expect.poll(() => scrollY(page)).toBeGreaterThan(100);
		const hint = page.locator('.wheel-hint[role="status"]');
		await expect.poll(() => hint.textContent()).toMatch(/^Use (ctrl|⌘) \+ scroll to zoom$/);
		await page.screenshot({ path: artifactPath('chart-wheel-hint-1280.png') });
		await page.mouse.wheel(0, -400);
		await expect.poll(() => scrollY(page)).toBe(0);
		expect(await windowOf(page)).toEqual(start);

		await page.keyboard.down('Control');
		await page.mouse.wheel(0, -200);
		await page.keyboard.up('Control');
		await expect.poll(async () => (await windowOf(page)).width).toBeLessThan(start.width * 0.75);
		expect(await scrollY(page)).toBe(0);
	});

	it('keeps one height through zoom, and a tapped cluster opens', async () => {
		const { page } = await open(FIXTURES.history, 360);
		const cdp = await page.context().newCDPSession(page);
		const height = (await box(page, '.viewport')).height;
		const count = await page.locator('.labels button.cluster').count();
		expect(count).toBeGreaterThan(0);
		const cluster = await box(page, '.labels button.cluster');
		const before = await windowOf(page);
		const tap: Point = [cluster.x + cluster.width / 2, cluster.y + cluster.height / 2];
		await gesture(cdp, [[tap]]);
		await expect.poll(async () => (await windowOf(page)).width).toBeLessThan(before.width);
		for (let i = 0; i < 4; i++) {
			await page.click('button[aria-label="Zoom in"]');
			expect((await box(page, '.viewport')).height).toBe(height);
		}
		await page.click('button[aria-label="Fit the whole timeline"]');
		expect((await box(page, '.viewport')).height).toBe(height);
	});

	it('drags the overview window with a pointer and a finger, and a click moves it there', async () => {
		const { page } = await open(FIXTURES.history, 768, true);
		const cdp = await page.context().newCDPSession(page);
		for (let i = 0; i < 3; i++) await page.click('button[aria-label="Zoom in"]');
		const strip = await box(page, '.overview');
		const zoomed = await windowOf(page);
		const win = await box(page, '.overview .window');
		const y = win.y + win.height / 2;
		await page.mouse.move(win.x + win.width / 2, y);
		await page.mouse.down();
		await page.mouse.move(win.x + win.width / 2 + strip.width * 0.2, y, { steps: 6 });
		await page.mouse.up();
		const dragged = await windowOf(page);
		expect(dragged.left).toBeGreaterThan(zoomed.left + 15);
		expect(dragged.width).toBeCloseTo(zoomed.width, 5);

		const moved = await box(page, '.overview .window');
		await gesture(
			cdp,
			line([moved.x + moved.width / 2, y], [moved.x + moved.width / 2 - strip.width * 0.3, y])
		);
		await expect.poll(async () => (await windowOf(page)).left).toBeLessThan(dragged.left - 20);

		await page.mouse.click(strip.x + 2, y);
		await expect.poll(async () => (await windowOf(page)).left).toBe(0);
		await page.screenshot({ path: artifactPath('chart-overview-768.png') });
	});

	it('on a touch screen, a swipe that starts on the overview strip leaves the view and a tap moves it', async () => {
		// The embed, which has no article to follow the page's scroll: only the strip moves it.
		const { page } = await pages.page({
			viewport: { width: 360, height: 740 },
			hasTouch: true,
			isMobile: true,
			reducedMotion: 'reduce'
		});
		await page.goto(`${SERVER}/embed/${FIXTURES.history}`);
		await page.waitForSelector('.band.measured');
		const cdp = await page.context().newCDPSession(page);
		for (let i = 0; i < 3; i++) await page.click('button[aria-label="Zoom in"]');
		const zoomed = await windowOf(page);
		const strip = await box(page, '.overview');
		const far: Point = [strip.x + strip.width - 4, strip.y + strip.height / 2];
		expect(far[0] / strip.width).toBeGreaterThan((zoomed.left + zoomed.width) / 100);
		// A thumb that lands on the strip to scroll the page: the window jumped to it.
		await gesture(cdp, line(far, [far[0], far[1] - 120]));
		expect(await windowOf(page)).toEqual(zoomed);
		await gesture(cdp, [[far]]);
		await expect.poll(async () => (await windowOf(page)).left).toBeGreaterThan(zoomed.left + 20);
	});

	it('keeps the zoom and step buttons in sight when the keyboard reaches a clipped label (200% zoom)', async () => {
		// 1280×900 at 200%: a window 640×450 CSS px pins a clipped strip, which Tab scrolls to the
		// label it reaches; the buttons went out of its top.
		const { page } = await pages.page({
			viewport: { width: 640, height: 450 },
			deviceScaleFactor: 2,
			reducedMotion: 'reduce'
		});
		await page.goto(`${SERVER}/t/${FIXTURES.seed}`);
		await page.waitForSelector('.band.measured');
		const label = page.locator('.labels button[data-event^="2016"]').first();
		for (let i = 0; i < 40 && !(await label.evaluate((e) => e === document.activeElement)); i++)
			await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await page.waitForSelector('.card');
		// The page has scrolled to the sentence, under the strip pinned at the top.
		await expect.poll(async () => Math.round((await box(page, '.graphic')).y)).toBe(0);
		const strip = await box(page, '.graphic');
		for (const name of ['Zoom in', 'Next event']) {
			const button = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
			expect(button.y, name).toBeGreaterThanOrEqual(strip.y);
			expect(button.y + button.height, name).toBeLessThanOrEqual(strip.y + strip.height);
		}
		const focused = (await label.boundingBox())!;
		expect(focused.y + focused.height).toBeLessThanOrEqual(strip.y + strip.height + 1);
		await page.screenshot({ path: artifactPath('chart-200-percent-selected.png') });
	});

	/**
	 * The axis row as a reader sees it in a scrolled strip: each date and off-screen marker is
	 * below the toolbar, and is what the page shows at its own centre (nothing covers it).
	 */
	const AXIS_IN_SIGHT = `(() => {
		const toolbar = document.querySelector('.toolbar').getBoundingClientRect();
		const strip = document.querySelector('.graphic').getBoundingClientRect();
		const shown = (el) => {
			const r = el.getBoundingClientRect();
			const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
			return r.top >= toolbar.bottom && r.bottom <= strip.bottom && (hit === el || el.contains(hit));
		};
		const dates = [...document.querySelectorAll('.band.measured .axis text')];
		const markers = [...document.querySelectorAll('.offscreen')];
		const buttons = [...document.querySelectorAll('.toolbar button')];
		const whole = (el) => {
			const r = el.getBoundingClientRect();
			return r.top >= strip.top && r.bottom <= strip.bottom;
		};
		return {
			scrolled: document.querySelector('.graphic').scrollTop,
			dates: dates.length,
			hidden: [...dates, ...markers].filter((el) => !shown(el)).map((el) => el.textContent),
			buttonsCut: buttons.filter((el) => !whole(el)).map((el) => el.getAttribute('aria-label'))
		};
	})()`;

	for (const [width, height, zoom] of [
		[640, 450, '200%'],
		[320, 480, 'a toolbar of two rows']
	] as const) {
		it(`keeps the axis's dates and markers in sight under the toolbar when the strip scrolls (${width}×${height}, ${zoom})`, async () => {
			const { page } = await pages.page({
				viewport: { width, height },
				deviceScaleFactor: 2,
				reducedMotion: 'reduce'
			});
			await page.goto(`${SERVER}/t/${FIXTURES.history}`);
			await page.waitForSelector('.reader[data-interactive]');
			await page.waitForSelector('.band.measured');
			// Zoomed in, so both ends have off-screen markers.
			for (let i = 0; i < 3; i++) await page.click('button[aria-label="Zoom in"]');
			await page.click('button[aria-label="Next event"]');
			await expect.poll(() => page.locator('.offscreen').count()).toBe(2);
			// Tab to the labels and walk them: the strip scrolls to the lanes below its fold.
			await page.locator('.viewport').focus();
			let scrolled = 0;
			for (let i = 0; i < 12; i++) {
				await page.keyboard.press(i === 0 ? 'Tab' : 'ArrowRight');
				const seen = (await page.evaluate(AXIS_IN_SIGHT)) as {
					scrolled: number;
					dates: number;
					hidden: string[];
					buttonsCut: string[];
				};
				expect(seen.dates).toBeGreaterThan(0);
				expect(seen.hidden, `after ${i + 1} keys`).toEqual([]);
				expect(seen.buttonsCut, `after ${i + 1} keys`).toEqual([]);
				// The label the keyboard is on is whole, under the axis row and in the strip.
				const axis = (await page.locator('.band.measured .axis').boundingBox())!;
				const focused = (await page.locator(':focus').boundingBox())!;
				const strip = (await page.locator('.graphic').boundingBox())!;
				expect(focused.y, `after ${i + 1} keys`).toBeGreaterThanOrEqual(axis.y + axis.height - 1);
				expect(focused.y + focused.height).toBeLessThanOrEqual(strip.y + strip.height + 1);
				scrolled = Math.max(scrolled, seen.scrolled);
			}
			// The strip did scroll (else this proves nothing).
			expect(scrolled).toBeGreaterThan(0);
			await page.screenshot({ path: artifactPath(`chart-strip-axis-${width}x${height}.png`) });
		});
	}

	it('steps to the previous and next event, and the off-screen markers count and pan', async () => {
		const { page } = await open(FIXTURES.history, 1280);
		await page.click('button[aria-label="Next event"]');
		const first = page.locator('.labels button[aria-pressed="true"]');
		await expect.poll(() => first.count()).toBe(1);
		const firstId = await first.getAttribute('data-event');
		expect(await page.evaluate(() => location.hash)).toBe(`#${firstId}`);
		await page.click('button[aria-label="Next event"]');
		await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(`#${firstId}`);
		// The selected event is brought out of its cluster, its label in view.
		const selected = await box(page, '.labels button[aria-pressed="true"]');
		const chart = await box(page, '.viewport');
		expect(selected.x).toBeGreaterThanOrEqual(chart.x);
		expect(selected.x + selected.width).toBeLessThanOrEqual(chart.x + chart.width + 1);
		await page.click('button[aria-label="Previous event"]');
		await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${firstId}`);
		// On the first event there is no previous one: the button says so and does nothing.
		const previous = page.locator('button[aria-label="Previous event"]');
		await expect.poll(() => previous.getAttribute('aria-disabled')).toBe('true');
		expect(await page.getAttribute('button[aria-label="Next event"]', 'aria-disabled')).toBeNull();
		await previous.dispatchEvent('click');
		expect(await page.evaluate(() => location.hash)).toBe(`#${firstId}`);

		await page.focus('.viewport');
		await page.keyboard.press('0');
		expect(await page.locator('.offscreen').count()).toBe(0);
		for (let i = 0; i < 4; i++) await page.click('button[aria-label="Zoom in"]');
		const count = async (side: string) =>
			Number(/\d+/.exec((await page.locator(`.offscreen.${side}`).textContent()) ?? '0')![0]);
		const before = await count('before');
		const after = await count('after');
		expect(before).toBeGreaterThan(0);
		expect(after).toBeGreaterThan(0);
		await page.screenshot({ path: artifactPath('chart-offscreen-1280.png') });
		await page.click('.offscreen.after');
		await expect.poll(() => count('after')).toBeLessThan(after);
		const panned = await count('before');
		expect(panned).toBeGreaterThan(before);
		await page.click('.offscreen.before');
		await expect.poll(() => count('before')).toBeLessThan(panned);
	});

	it('Tab reaches an event in view at deep zoom, and + and − work with an event focused', async () => {
		const { page } = await open(FIXTURES.history, 1280);
		await page.focus('.viewport');
		for (let i = 0; i < 7; i++) await page.keyboard.press('+');
		for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Tab');
		const focused = () =>
			page.evaluate(() => {
				const el = document.activeElement as HTMLElement;
				const r = el.getBoundingClientRect();
				const v = document.querySelector('.viewport')!.getBoundingClientRect();
				return {
					event: el.dataset.event ?? el.dataset.first ?? null,
					inView: r.right > v.left && r.left < v.right
				};
			});
		const tabbed = await focused();
		expect(tabbed.event).not.toBeNull();
		expect(tabbed.inView).toBe(true);
		await page.screenshot({ path: artifactPath('chart-deep-zoom-tab-1280.png') });

		const zoom = await windowOf(page);
		await page.keyboard.press('+');
		await expect.poll(async () => (await windowOf(page)).width).toBeLessThan(zoom.width * 0.6);
		expect((await focused()).event).not.toBeNull();
		expect((await focused()).inView).toBe(true);
		await page.keyboard.press('-');
		await page.keyboard.press('-');
		await expect.poll(async () => (await windowOf(page)).width).toBeGreaterThan(zoom.width * 1.5);
		expect((await focused()).event).not.toBeNull();
		// Arrows keep walking the events in date order from there.
		const at = (await focused()).event;
		await page.keyboard.press('ArrowRight');
		await expect.poll(async () => (await focused()).event).not.toBe(at);
		expect((await focused()).inView).toBe(true);
	});

	it("hydrates the server's markup of its own band of widths and drops the others', at 360 and 1280", async () => {
		for (const width of [360, 1280]) {
			const page = await browser.newPage({ viewport: { width, height: 900 } });
			// Marks the bands the parser puts in from the server's page, to tell them from new
			// ones, and counts the bands in the page when the reader has just hydrated.
			await page.addInitScript(() => {
				const w = window as unknown as { bandsHydrated?: number };
				new MutationObserver((records) => {
					for (const record of records) {
						if (record.type === 'attributes' && w.bandsHydrated === undefined)
							w.bandsHydrated = document.querySelectorAll('.dl-viewport > .band').length;
						if (document.readyState !== 'loading') continue;
						for (const node of record.addedNodes)
							if (node instanceof Element && node.matches('.band'))
								(node as Element & { served?: boolean }).served = true;
					}
				}).observe(document, {
					childList: true,
					subtree: true,
					attributeFilter: ['data-interactive']
				});
			});
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			page.on('console', (m) => m.type() === 'warning' && errors.push(m.text()));
			await page.goto(`${SERVER}/t/${FIXTURES.history}`);
			await page.waitForSelector('.reader[data-interactive] .band.measured');
			expect(await page.evaluate('window.bandsHydrated'), `hydrated at ${width}`).toBe(1);
			const bands = await page.$$eval('.dl-viewport > .band', (els) =>
				els.map((el) => ({
					served: (el as Element & { served?: boolean }).served === true,
					labels: el.querySelectorAll('.labels > li').length
				}))
			);
			expect(bands, `bands at ${width}`).toHaveLength(1);
			expect(bands[0]!.served, `the server's band at ${width}`).toBe(true);
			expect(bands[0]!.labels).toBeGreaterThan(0);
			expect(errors).toEqual([]);
			await page.close();
		}
	});

	for (const [name, slug] of Object.entries(FIXTURES)) {
		it(`lays out the ${name} without a shift as it loads, compact at 360, 768 and 1280`, async () => {
			for (const width of [360, 768, 1280]) {
				const { page, errors, requests } = await open(slug, width, width < 500, { cold: true });
				await requests.settled();
				const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
				expect(shift, `layout shift at ${width}`).toBeLessThanOrEqual(0.02);
				const chart = await box(page, '.viewport');
				const whole = await box(page, '.timeline');
				expect(chart.height, `chart height at ${width}`).toBeLessThanOrEqual(
					width < 500 ? 200 : 280
				);
				expect(whole.height, `timeline with its controls at ${width}`).toBeLessThanOrEqual(
					width < 500 ? 0.4 * 740 : 360
				);
				await page.screenshot({ path: artifactPath(`chart-${name}-${width}.png`) });
				expect(errors).toEqual([]);
			}
		});
	}

	it("keeps a cluster's marks within a label's width of its box, at the right edge too, and every label 3 px inside the plot's border, on the right as on the left (embed and reader, 1280 and 360 px)", async () => {
		// A cluster's marks ran past its box by up to 201 px in the embed at 1280 (laid out at
		// 960, afd103f). At the right edge, where every label starts at the last place it fits,
		// the edge's marks stand under a box of their own where a place kept for it costs no
		// label, and join the last column's box otherwise (chart-layout.test's rows): within a
		// label's width of it, as the edge is.
		const far: string[] = [];
		// Labels nearer the plot's border than half a gap (3 px, where a label at the left edge
		// stands): one at the right edge stood 2.2 px from it at 360 px, 2.5 at 1280, laid out in
		// the chart's width, border and all (LayoutUnits round a box to 1/64 px).
		const tight: string[] = [];
		for (const width of [1280, 360]) {
			for (const path of [`/embed/${FIXTURES.history}`, `/t/${FIXTURES.history}`]) {
				const touch = width < 500;
				const { page } = await pages.page({
					viewport: { width, height: 800 },
					hasTouch: touch,
					isMobile: touch
				});
				await page.goto(`${SERVER}${path}`);
				await page.waitForSelector('.reader[data-interactive]');
				await page.waitForSelector('.band.measured');
				await page.focus('.viewport');
				for (let zoom = 0; zoom < 4; zoom++) {
					for (const key of ['Home', 'End']) {
						await page.keyboard.press(key);
						// Past its box's right end by more than a label's width, a mark reads as another time.
						const seen = await page.evaluate(() => {
							const out: string[] = [];
							const groups = [...document.querySelectorAll('.band.measured .marks > g')];
							const boxes = [...document.querySelectorAll('.band.measured .labels > li')];
							groups.forEach((g, i) => {
								const ticks = [...g.querySelectorAll('.member')].map(
									(m) => m.getBoundingClientRect().x
								);
								if (!ticks.length) return;
								const box = boxes[i]!.getBoundingClientRect();
								if (Math.max(...ticks) - box.right > box.width)
									out.push(
										`${boxes[i]!.textContent!.trim()}: box to ${Math.round(box.right)}, marks to ${Math.round(Math.max(...ticks))}`
									);
							});
							return out;
						});
						far.push(...seen.map((s) => `${path} ${width} px, zoom ${zoom}, ${key}: ${s}`));
						const [left, right] = await page.evaluate(() => {
							const plot = document.querySelector('.band.measured')!.getBoundingClientRect();
							const boxes = [...document.querySelectorAll('.band.measured .labels > li')].map(
								(li) => li.getBoundingClientRect()
							);
							return [
								Math.min(...boxes.map((b) => b.left - plot.left)),
								Math.min(...boxes.map((b) => plot.right - b.right))
							];
						});
						if (Math.min(left!, right!) < 2.9)
							tight.push(
								`${path} ${width} px, zoom ${zoom}, ${key}: ${left!.toFixed(2)} px at the left, ${right!.toFixed(2)} at the right`
							);
					}
					if (zoom === 2)
						await page.screenshot({
							path: artifactPath(`chart-cluster-marks-${path.split('/')[1]}-${width}.png`)
						});
					await page.keyboard.press('+');
				}
			}
		}
		expect(far).toEqual([]);
		expect(tight).toEqual([]);
	});
});

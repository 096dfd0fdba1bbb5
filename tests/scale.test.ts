import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticTimeline } from '../scripts/synthetic';
import { launchBrowser } from './support/browser';
import { addEditors, signedInContext } from './support/editor';
import { goToFarEnd } from './support/far-end';
import { artifactPath, freshDataDir, startServer, type Server } from './support/server';
import { tap } from './support/touch';

/** A 10,000-event timeline (scripts/synthetic.ts), served as an editor's published one. */
const LONG = 'long-story';
const N = 10_000;
/** Long (over 200 events) but sent whole (up to 1,000). */
const WHOLE = 'whole-story';
const WHOLE_N = 500;

const EDITOR = { email: 'ed@newsroom.example', password: 'a long editor password' };

let server: Server;
let browser: Browser;

beforeAll(async () => {
	const data = freshDataDir();
	writeSyntheticTimeline(data, LONG, N);
	writeSyntheticTimeline(data, WHOLE, WHOLE_N);
	server = await startServer({ DATELINE_DATA: data });
	await addEditors(server, [EDITOR]);
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

async function open(
	width = 1280,
	before?: (page: Page) => void
): Promise<{ page: Page; errors: string[] }> {
	const page = await browser.newPage({
		viewport: { width, height: 900 },
		hasTouch: width < 900,
		reducedMotion: 'reduce'
	});
	before?.(page);
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${server.url}/t/${LONG}`);
	await page.waitForSelector('.reader[data-interactive]');
	await page.waitForSelector('.band.measured');
	return { page, errors };
}

/** The long timeline on a touch phone, its one-line article made tall enough to scroll. */
async function openOnPhone(width: number, height: number): Promise<Page> {
	const page = await browser.newPage({
		viewport: { width, height },
		hasTouch: true,
		isMobile: true
	});
	await page.goto(`${server.url}/t/${LONG}`);
	await page.waitForSelector('.reader[data-interactive]');
	await page.waitForSelector('.band.measured');
	await page.evaluate(
		`document.querySelector('.article').append(Object.assign(document.createElement('div'), { style: 'height: 2000px' }))`
	);
	return page;
}

const domNodes = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);

describe('a short timeline', () => {
	it('loads neither the list nor the canvas, in the reader or the embed', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		const loaded: string[] = [];
		page.on('request', (r) => loaded.push(r.url()));
		for (const path of ['/t/russian-bounties-taliban', '/embed/russian-bounties-taliban']) {
			await page.goto(`${server.url}${path}`);
			await page.waitForSelector('.band.measured');
			expect(await page.locator('.list-slot, .event-list, canvas').count()).toBe(0);
			// Its clusters keep their ticks in SVG, as they always had.
			expect(await page.locator('.band.measured line.member').count()).toBeGreaterThan(0);
		}
		expect(loaded.filter((url) => url.includes('long-timeline'))).toEqual([]);
		await page.close();
	});
});

describe('a timeline of 10,000 events', () => {
	it('draws with a bounded DOM: labels in view as elements, the crowd on a canvas', async () => {
		const { page, errors } = await open();
		const labels = await page.locator('.band.measured .labels > li').count();
		expect(labels).toBeGreaterThan(0);
		expect(labels).toBeLessThan(40);
		// The cluster members' ticks are pixels, not elements.
		await expect.poll(() => page.locator('.viewport canvas.ticks').count()).toBe(1);
		expect(await domNodes(page)).toBeLessThan(2_500);
		// Zoomed in, the chart still holds only what is in view.
		for (let i = 0; i < 6; i++)
			await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		expect(await domNodes(page)).toBeLessThan(2_500);
		await page.screenshot({ path: artifactPath('scale-10k-1280.png') });
		expect(errors).toEqual([]);
		await page.close();
	});

	for (const [width, height] of [
		[360, 740],
		[375, 667]
	] as const)
		it(`on a ${width}×${height} phone the pinned strip shows the whole chart and overview, and a vertical swipe on it scrolls the page`, async () => {
			const page = await openOnPhone(width, height);
			const strip = page.locator('.graphic');
			const more = page.getByRole('button', { name: 'Show more of the timeline' });
			expect(await more.isVisible()).toBe(true);
			const chart = (await page.locator('.viewport').boundingBox())!;
			const x = chart.x + chart.width / 2;
			const cdp = await page.context().newCDPSession(page);
			for (let i = 0; i <= 8; i++)
				await cdp.send('Input.dispatchTouchEvent', {
					type: i === 0 ? 'touchStart' : 'touchMove',
					touchPoints: [{ x, y: chart.y + chart.height - 20 - i * 15 }]
				});
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
			await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(40);
			expect(await strip.evaluate((el) => el.scrollTop)).toBe(0);
			// Scrolled into the article, the strip is pinned at the top with nothing cut off: the
			// chart and the overview above the "Show more" bar, all inside the strip.
			await page.evaluate(() => scrollTo(0, 600));
			const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
			await expect.poll(async () => Math.round((await box('.graphic')).y)).toBe(0);
			const [panel, viewport, overview, bar] = [
				await box('.graphic'),
				await box('.viewport'),
				await box('.overview'),
				await more.boundingBox()
			];
			expect(viewport.y + viewport.height).toBeLessThanOrEqual(overview.y);
			expect(overview.y + overview.height).toBeLessThanOrEqual(bar!.y + 0.5);
			expect(bar!.y + bar!.height).toBeLessThanOrEqual(panel.y + panel.height + 0.5);
			// The article keeps more than half the window.
			expect(panel.height).toBeLessThan(height / 2);
			await page.screenshot({ path: artifactPath(`scale-strip-${width}x${height}.png`) });
			await page.close();
		});

	it('on a phone turned sideways the chart is not pinned: it is whole at the top and scrolls away', async () => {
		const page = await openOnPhone(740, 360);
		const strip = page.locator('.graphic');
		expect(await strip.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
		await page.screenshot({ path: artifactPath('scale-strip-740x360.png') });
		await page.evaluate(() => scrollTo(0, 800));
		await expect
			.poll(async () => (await strip.boundingBox())!.y + (await strip.boundingBox())!.height)
			.toBeLessThan(0);
		await page.close();
	});

	it('prints the loaded events in view, says the print is partial, and keeps no list for paper in the page', async () => {
		const { page, errors } = await open();
		const heading = () => page.locator('.print-events h2').textContent();
		const shownSpan = async () =>
			(await page
				.locator('.reader .span')
				.first()
				.evaluate((el) => el.lastChild!.textContent))!.trim();
		const items = () => page.locator('.print-events li').count();
		// Paper's list is made when a print is asked for: until then, not one hidden node of it.
		expect(await items()).toBe(0);
		for (let i = 0; i < 6; i++)
			await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		const zoomed = await shownSpan();
		expect(await items()).toBe(0);
		await page.evaluate(`dispatchEvent(new Event('beforeprint'))`);
		expect(await heading()).toContain(zoomed);
		// The events of the zoomed view load as it rests: a print asked for later lists them.
		const printed = async () => {
			await page.evaluate(`dispatchEvent(new Event('beforeprint'))`);
			return items();
		};
		await expect.poll(printed).toBeGreaterThan(0);
		const shown = await printed();
		expect(shown).toBeLessThanOrEqual(200);
		// It says that it is part of the timeline, how much, and how to print the rest.
		expect(await page.locator('.print-events p').textContent()).toBe(
			`${shown} of 10,000 events: those in view. Zoom or pan to others and print again.`
		);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.print-events').isVisible()).toBe(true);
		await page.screenshot({ path: artifactPath('scale-print-1280.png') });
		await page.emulateMedia({ media: 'screen' });
		await page.evaluate(`dispatchEvent(new Event('afterprint'))`);
		expect(await items()).toBe(0);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('prints every event of a timeline sent whole (201 to 1,000 events), and keeps none in the page', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${server.url}/t/${WHOLE}`);
		await page.waitForSelector('.reader[data-interactive]');
		const items = () => page.locator('.print-events li').count();
		expect(await items()).toBe(0);
		await page.evaluate(`dispatchEvent(new Event('beforeprint'))`);
		expect(await items()).toBe(WHOLE_N);
		expect(await page.locator('.print-events p').count()).toBe(0);
		const ids = await page.$$eval('.print-events li', (els) =>
			els.map((e) => (e as HTMLElement).dataset.printEvent)
		);
		expect(new Set(ids).size).toBe(WHOLE_N);
		await page.evaluate(`dispatchEvent(new Event('afterprint'))`);
		expect(await items()).toBe(0);
		await page.close();
	});

	it('lists every event a page at a time: the keyboard reaches the last, and the search finds one', async () => {
		// The event searched for below is not in the page: the search finds it on the server.
		expect(await (await fetch(`${server.url}/t/${LONG}`)).text()).not.toContain('Event 7777:');
		const { page, errors } = await open(360);
		// On a phone the pinned strip is the chart alone; opened up, it has the list.
		await page.getByRole('button', { name: 'Show more of the timeline' }).click();
		await page.getByText(`All ${N.toLocaleString('en')} events: list and search`).click();
		const rows = page.locator('.event-list ol button');
		await expect.poll(() => rows.count()).toBe(50);
		await rows.first().focus();
		await page.keyboard.press('End');
		const last = page.locator('.event-list ol button:focus');
		await expect.poll(() => last.getAttribute('data-list-event')).toBe(`${LONG}-${N - 1}`);
		expect(await page.locator('.event-list .status').textContent()).toBe(
			'Events 9,951–10,000 of 10,000'
		);
		// Up from the first of a page turns back a page.
		await page.keyboard.press('PageUp');
		await page.keyboard.press('Home');
		await page.keyboard.press('ArrowDown');
		await expect.poll(() => rows.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);
		expect(await page.locator('.event-list .status').textContent()).toBe('Events 1–50 of 10,000');

		// Searching narrows the list; Enter goes to the first match, Enter again selects it.
		await page.getByLabel('Find an event').fill('Event 7777');
		await expect
			.poll(() => page.locator('.event-list .status').textContent())
			.toBe('1 event matches “Event 7777”');
		await page.getByLabel('Find an event').press('Enter');
		// The match is not in the page: its row fills in once its range has loaded.
		await expect
			.poll(() => page.locator('.event-list ol button:focus').getAttribute('data-list-event'))
			.toBe(`${LONG}-7777`);
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${LONG}-7777`);
		// Its card opens, and the chart shows it (out of its cluster as far as zoom allows): the
		// opened-up strip folds, or it hid the card (its words were in the page, unseen).
		await expect.poll(() => page.locator('.card-slot').textContent()).toContain('Event 7777:');
		await expect.poll(() => page.locator('.card-slot .card').isVisible()).toBe(true);
		expect(
			await page
				.getByRole('button', { name: 'Show more of the timeline' })
				.getAttribute('aria-expanded')
		).toBe('false');
		// The keyboard is not left on the folded list.
		expect(
			await page.evaluate(() => !!document.activeElement?.closest('.card-slot, .labels'))
		).toBe(true);
		await expect.poll(() => page.locator('.band.measured .labels button.selected').count()).toBe(1);
		await page.screenshot({ path: artifactPath('scale-list-360.png'), fullPage: true });
		expect(errors).toEqual([]);
		await page.close();
	});

	it('sends its page without the events out of view, and loads their ranges as the reader zooms and pans', async () => {
		const html = await (await fetch(`${server.url}/t/${LONG}`)).text();
		// The page carries the index summary and what its opening view labels, not 10,000 events.
		expect(html.length).toBeLessThan(300_000);
		expect(html).not.toContain(`"${LONG}-5000"`);

		const chunks: string[] = [];
		const { page, errors } = await open(1280, (page) =>
			page.on('request', (r) => {
				if (/\/events\/\d+\.json$/.test(r.url())) chunks.push(r.url());
			})
		);
		// The far end's chunk is not asked for while the whole span is in view.
		expect(chunks.some((u) => /\/events\/99\.json$/.test(u))).toBe(false);
		// The far end's range loads, and its events are labelled (none still loading).
		await goToFarEnd(page, () => chunks.some((u) => /\/events\/99\.json$/.test(u)), 9_000);
		await page.screenshot({ path: artifactPath('scale-far-end-1280.png') });

		// A chunk is cacheable: an ETag that a revalidation answers with 304.
		const chunk = await fetch(`${server.url}/t/${LONG}/events/99.json`);
		expect(chunk.headers.get('cache-control')).toMatch(/max-age=\d+/);
		const body = (await chunk.json()) as { first: number; events: { id: string }[] };
		expect(body.first).toBe(9_900);
		expect(body.events).toHaveLength(100);
		const again = await fetch(`${server.url}/t/${LONG}/events/99.json`, {
			headers: { 'if-none-match': chunk.headers.get('etag')! }
		});
		expect(again.status).toBe(304);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('sends a small embed page, loads its range code and ranges only for it, and loads ranges as the reader pans', async () => {
		const response = await fetch(`${server.url}/embed/${LONG}`);
		const html = await response.text();
		// The embed carries what the reader page carries: the summary and the opening view's
		// events (a few hundred at most), not 10,000 events.
		const carried = html.match(new RegExp(`"${LONG}-\\d+"`, 'g')) ?? [];
		expect(carried.length).toBeGreaterThan(0);
		expect(new Set(carried).size).toBeLessThan(400);
		// Its size follows the events it carries (each written in the markup, the embed's data
		// and the print list), as a range file's bytes per event measure them, plus the article.
		const range = await (await fetch(`${server.url}/t/${LONG}/events/0.json`)).text();
		const perEvent = range.length / 100;
		expect(html.length).toBeLessThan(3 * new Set(carried).size * perEvent + 50_000);
		expect(html).not.toContain(`"${LONG}-5000"`);

		const requests: string[] = [];
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('request', (r) => requests.push(r.url()));
		await page.goto(`${server.url}/embed/${LONG}`);
		await page.waitForSelector('.reader[data-interactive]');
		await page.waitForSelector('.band.measured');
		const chunks = () => requests.filter((u) => /\/t\/long-story\/events\/\d+\.json$/.test(u));
		// The ranged code is a file of its own; the far end's range is not asked for yet.
		expect(requests.filter((u) => /\/ranged-chart[^/]*\.js$/.test(u))).toHaveLength(1);
		expect(chunks().some((u) => u.endsWith('/99.json'))).toBe(false);
		// The far end's range loads, and its events are labelled (none still loading).
		await goToFarEnd(page, () => chunks().some((u) => u.endsWith('/99.json')), 9_000);
		await page.screenshot({ path: artifactPath('scale-embed-far-end-1280.png') });
		await page.close();

		// Opening on an event the opening view does not show: the server's page carries it.
		const phone = await browser.newPage({ viewport: { width: 360, height: 740 }, hasTouch: true });
		phone.on('pageerror', (e) => errors.push(e.message));
		const warnings: string[] = [];
		phone.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
		await phone.goto(`${server.url}/embed/${LONG}?event=${LONG}-5000`);
		await phone.waitForSelector('.reader[data-interactive]');
		await expect.poll(() => phone.locator('.card-slot').textContent()).toContain('Event 5000:');
		await phone.screenshot({ path: artifactPath('scale-embed-event-360.png'), fullPage: true });
		expect(warnings).toEqual([]);
		expect(errors).toEqual([]);
		await phone.close();
	});

	it('keeps the embed of a short timeline free of the range code', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		await page.goto(`${server.url}/embed/russian-bounties-taliban`);
		await page.waitForSelector('.reader[data-interactive]');
		expect(requests.filter((u) => /ranged-chart.*\.js$|\/events\//.test(u))).toEqual([]);
		await page.close();
	});

	it("picks the embed's opening event by search, among all 10,000, with the keyboard", async () => {
		const { page, errors } = await open(360);
		await page.getByRole('button', { name: 'Embed' }).click();
		const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
		// No menu of 10,000 options: a search box whose matches load by range.
		expect(await dialog.locator('select option').count()).toBeLessThan(10);
		const box = dialog.getByRole('combobox', { name: 'Open on event' });
		await box.focus();
		await page.keyboard.type('Event 8642');
		await expect
			.poll(() => dialog.locator('#start-event-status').textContent())
			.toBe('1 event matches “Event 8642”');
		await expect
			.poll(() => dialog.locator('#start-event-options [role=option]').textContent())
			.toContain('Event 8642:');
		await page.screenshot({ path: artifactPath('scale-embed-dialog-360.png') });
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		expect(await dialog.getByLabel('Snippet').inputValue()).toContain(`event=${LONG}-8642`);
		// A broad search offers the first few matches and says how many there are.
		await box.fill('strike');
		await expect
			.poll(() => dialog.locator('#start-event-status').textContent())
			.toBe('1,250 events match “strike”: the first 8 are shown');
		await expect.poll(() => dialog.locator('#start-event-options [role=option]').count()).toBe(8);
		// The preview opens on the chosen event, which the embed's page carries.
		const preview = page.frameLocator('dialog iframe');
		await expect.poll(() => preview.locator('.card-slot').textContent()).toContain('Event 8642:');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('End zoomed in shows the last event, not the empty padding after it; Home the first', async () => {
		for (const width of [360, 1280]) {
			const { page, errors } = await open(width);
			const zoomIn = page.getByRole('button', { name: 'Zoom in', exact: true });
			for (let i = 0; i < 10; i++) await zoomIn.click();
			const viewport = page.locator('.viewport');
			const marker = (side: 'earlier' | 'later') =>
				page.getByRole('button', { name: new RegExp(`^\\d+ ${side} events?:`) });
			const markerCount = async (side: 'earlier' | 'later') =>
				(await marker(side).count())
					? Number((await marker(side).getAttribute('aria-label'))!.split(' ')[0])
					: 0;
			await viewport.focus();
			await page.keyboard.press('End');
			// Nothing lies after the view, and not everything before it: the last event is in it.
			await expect.poll(() => markerCount('later')).toBe(0);
			await expect.poll(() => markerCount('earlier')).toBeLessThan(N);
			// Its label (or its cluster's) is drawn, its words loaded with its range.
			await expect.poll(() => holding(page, N - 1), { timeout: 10_000 }).toMatch(/\w/);
			await expect.poll(() => loading(page), { timeout: 10_000 }).toBe(0);
			// And whole: not cut by the chart's left edge once its range has landed.
			await expect.poll(() => holdingInView(page, N - 1), { timeout: 10_000 }).toBe(true);
			await page.screenshot({ path: artifactPath(`scale-end-${width}.png`) });
			// The marker sits on the axis row, over no label, no mark and no tick label.
			expect(await page.evaluate(MARKER_CLASHES)).toEqual([]);
			await viewport.focus();
			await page.keyboard.press('Home');
			await expect.poll(() => markerCount('earlier')).toBe(0);
			await expect.poll(() => markerCount('later')).toBeLessThan(N);
			await expect.poll(() => holding(page, 0), { timeout: 10_000 }).toMatch(/\w/);
			expect(errors).toEqual([]);
			await page.close();
		}
	});

	/** What an off-screen marker overlaps (a string: tsx would wrap a named function). */
	const MARKER_CLASHES = `(() => {
		const boxes = (selector) => [...document.querySelectorAll(selector)]
			.map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0);
		const meet = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
		const others = [
			...boxes('.band.measured .labels > *'),
			...boxes('.band.measured .marks > g > *'),
			...boxes('.band.measured .axis text')
		];
		return boxes('.offscreen').flatMap((m) => others.filter((o) => meet(m, o)).map((o) => [m.left, o.left]));
	})()`;

	it('one tap or click on a cluster opens it into labelled events or far smaller clusters, and shows it is opening until then', async () => {
		for (const width of [360, 1280]) {
			const { page, errors } = await open(width);
			// The range files are held until the tapped cluster has been seen waiting for them.
			const held: Route[] = [];
			let holding = true;
			await page.route(/\/events\/\d+\.json$/, (route) =>
				holding ? held.push(route) : route.continue()
			);
			const clusters = () =>
				page.$$eval('.band.measured .labels .cluster', (els) =>
					els.map((el) => {
						const { first, last } = (el as HTMLElement).dataset;
						return { first: Number(first), last: Number(last) };
					})
				);
			const size = (c: { first: number; last: number }) => c.last - c.first + 1;
			const biggest = (await clusters()).reduce((a, b) => (size(b) > size(a) ? b : a));
			expect(size(biggest)).toBeGreaterThan(1_000);
			const selector = `.band.measured .cluster[data-first="${biggest.first}"]`;
			const span = () => page.locator('.toolbar .span').textContent();
			const wasSpan = await span();
			if (width < 900) await tap(page, selector);
			else await page.click(selector);
			// Until the zoom, the tapped cluster shows it is opening (it showed nothing while its
			// events came), a bar that stands still with reduced motion; the chart is busy.
			const opening = page.locator('.band.measured .cluster.opening');
			await expect.poll(() => opening.count()).toBe(1);
			const [first, last] = ['data-first', 'data-last'].map(async (a) =>
				Number(await opening.getAttribute(a))
			);
			expect(await first).toBeLessThanOrEqual(biggest.first);
			expect(await last).toBeGreaterThanOrEqual(biggest.first);
			expect(await busy(page)).toBe('true');
			expect(await span()).toBe(wasSpan);
			expect(await opening.evaluate((el) => getComputedStyle(el, '::after').animationName)).toBe(
				'none'
			);
			await page.screenshot({ path: artifactPath(`scale-cluster-opening-${width}.png`) });
			holding = false;
			for (const route of held.splice(0)) await route.continue();
			// Read once the view has settled: zoomed, and what it shows loaded (the chart's
			// aria-busy clears once loading its view changes nothing). Estimated, the tapped range
			// labelled several events that became one once its events landed.
			await expect
				.poll(async () => (await span()) !== wasSpan && (await busy(page)) === 'false', {
					timeout: 20_000
				})
				.toBe(true);
			// Several of its events are labelled now, in view (not a lone label in a few empty
			// days); what stays clustered is a small piece of it; their words are here.
			const labels = await page.$$eval('.band.measured .labels [data-event]', (els) =>
				els.map((el) => (el as HTMLElement).dataset.event)
			);
			expect(labels.length, labels.join()).toBeGreaterThanOrEqual(width < 900 ? 2 : 3);
			expect(Math.max(0, ...(await clusters()).map(size))).toBeLessThan(size(biggest) / 10);
			expect(await loading(page)).toBe(0);
			expect(await opening.count()).toBe(0);
			// A click leaves the keyboard on the cluster: it goes to a label the view opened to.
			if (width >= 900)
				expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-event'))).toBe(
					true
				);
			await page.screenshot({ path: artifactPath(`scale-cluster-tap-${width}.png`) });
			expect(errors).toEqual([]);
			await page.close();
		}
	});

	it('gives its editor the draft whole after a small page, 100 event forms at a time, found by search', async () => {
		const { context, page, errors } = await signedInContext(browser, server.url, EDITOR);
		await page.goto(`${server.url}/t/${LONG}/edit`);
		const rows = page.locator('[data-event-editor]');
		await rows.first().waitFor({ timeout: 60_000 });
		expect(await rows.count()).toBe(100);
		const pages = page.getByRole('navigation', { name: 'Pages of events' });
		expect(await pages.getByRole('status').textContent()).toBe('Events 1–100 of 10,000');
		await pages.getByRole('button', { name: 'Next 100' }).click();
		expect(await pages.getByRole('status').textContent()).toBe('Events 101–200 of 10,000');

		await page.getByLabel('Find an event').fill('Event 9876');
		await expect.poll(() => rows.count()).toBe(1);
		const title = rows.first().locator('textarea.title');
		await title.fill('Event 9876: the strike ends');
		await title.blur();
		// The edit is the draft's: a search for its new words finds it.
		await page.getByLabel('Find an event').fill('strike ends');
		await expect.poll(() => rows.count()).toBe(1);
		expect(await rows.first().getAttribute('data-event-editor')).toBe(`${LONG}-9876`);
		await page.screenshot({ path: artifactPath('scale-editor-1280.png') });
		// The editor's page no longer carries the draft: its document is the same small page at
		// any size, and the browser loads the draft whole after it (every event can be edited).
		const documentBytes = await page.evaluate(
			async (slug) => (await (await fetch(`/t/${slug}/edit`)).text()).length,
			LONG
		);
		expect(documentBytes).toBeLessThan(100_000);
		const draft = await page.evaluate(
			async (slug) => (await (await fetch(`/api/timelines/${slug}/draft`)).json()).document,
			LONG
		);
		expect(draft.events).toHaveLength(N);
		// And the edit is saved: a draft of 10,000 events (some 3 MB) is no body too large.
		await expect
			.poll(async () => {
				const saved = await page.evaluate(
					async (slug) => (await (await fetch(`/api/timelines/${slug}/draft`)).json()).document,
					LONG
				);
				return saved.events.find((e: { id: string }) => e.id === `${LONG}-9876`)?.title;
			})
			.toBe('Event 9876: the strike ends');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('keeps an offline edit of the long draft in the browser, small, and restores it after a crash', async () => {
		const { context, page } = await signedInContext(browser, server.url, EDITOR);
		await page.goto(`${server.url}/t/${LONG}/edit`);
		const rows = page.locator('[data-event-editor]');
		await rows.first().waitFor({ timeout: 60_000 });
		await context.setOffline(true);
		await page.getByLabel('Find an event').fill('Event 4321');
		await expect.poll(() => rows.count()).toBe(1);
		const title = rows.first().locator('textarea.title');
		await title.fill('Event 4321: written offline');
		await title.blur();
		// The browser copy is the change, not the 3 MB draft.
		const kept = await page.evaluate(
			(slug) => localStorage.getItem(`dateline:draft:${slug}`),
			LONG
		);
		expect(kept).toContain('Event 4321: written offline');
		expect(kept!.length).toBeLessThan(5_000);
		// The tab dies before the network comes back; the editor opens the draft again.
		await page.close({ runBeforeUnload: false });
		await context.setOffline(false);
		const again = await context.newPage();
		await again.goto(`${server.url}/t/${LONG}/edit`);
		await again.locator('[data-event-editor]').first().waitFor({ timeout: 60_000 });
		await again.waitForSelector(
			'.notice:has-text("unsaved changes from this browser were restored")'
		);
		await again.getByLabel('Find an event').fill('written offline');
		await expect.poll(() => again.locator('[data-event-editor]').count()).toBe(1);
		expect(
			await again.locator('[data-event-editor]').first().getAttribute('data-event-editor')
		).toBe(`${LONG}-4321`);
		await context.close();
	});
});

/** How many labels in view still wait for their words. */
/** The chart's aria-busy: 'true' while its view waits on events still loading. */
const busy = (page: Page) => page.locator('.viewport').getAttribute('aria-busy');

const loading = (page: Page) =>
	page.locator('.band.measured .labels .title', { hasText: /^…$/ }).count();

/**
 * The chart's label of an event (by rank), or the cluster holding it: its words ('…' while they
 * load) and whether it lies wholly inside the chart; null if neither is drawn. Labels name
 * events by id: ranks (date order) are told from the range files.
 */
async function holder(
	page: Page,
	rank: number
): Promise<{ text: string | null; inView: boolean } | null> {
	const chunk = Math.floor(rank / 100);
	const { events } = (await (
		await fetch(`${server.url}/t/${LONG}/events/${chunk}.json`)
	).json()) as { events: { id: string }[] };
	const id = events[rank % 100]!.id;
	return page.$$eval(
		'.band.measured [data-event], .band.measured [data-first]',
		(els, [rank, id]) => {
			const own = els.find((el) => (el as HTMLElement).dataset.event === id);
			const cluster = els.find((el) => {
				const { first, last } = (el as HTMLElement).dataset;
				return first !== undefined && +first <= +rank && +rank <= +last!;
			});
			const held = own ?? cluster;
			if (!held) return null;
			const label = held.getBoundingClientRect();
			const chart = document.querySelector('.viewport')!.getBoundingClientRect();
			return {
				text: held.textContent,
				inView: label.left >= chart.left && label.right <= chart.right
			};
		},
		[rank, id] as const
	);
}

const holding = async (page: Page, rank: number) => (await holder(page, rank))?.text ?? null;
const holdingInView = async (page: Page, rank: number) =>
	(await holder(page, rank))?.inView ?? false;

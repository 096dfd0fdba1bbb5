import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readerSuite } from './support/reader-suite';
import { artifactPath } from './support/server';

/**
 * What a screen reader hears, and what forced colours and small frames leave of the reader,
 * in Chromium. Found by a new user's review.
 */
const SEED = 'russian-bounties-taliban';
/** Early in the article: centring its sentence puts the reading line on a later event's. */
const KREMLIN = '2016-kremlin-interfered-in-2016-presidential';
/** An imported TimelineJS file (tests/support/reader-data/a11y.ts). */
const APOLLO = 'the-race-to-the-moon';
const SPUTNIK = 'sputnik';

const suite = readerSuite();

/**
 * Records what the page's live regions say: every change of a region's text while it is live
 * (aria-live polite or assertive, role status or alert, not aria-live off), and every live
 * region added with text in it. What the server's page held is not spoken.
 */
const LISTEN = `(() => {
	const said = (window.__said = []);
	const last = new Map();
	const liveOf = (el) => {
		for (let e = el; e; e = e.parentElement) {
			const live = e.getAttribute('aria-live');
			if (live) return live === 'off' ? null : e;
			const role = e.getAttribute('role');
			if (role === 'status' || role === 'alert') return e;
		}
		return null;
	};
	let ready = false;
	const check = () => {
		for (const region of document.querySelectorAll('[aria-live], [role=status], [role=alert]')) {
			const text = region.textContent.replace(/\\s+/g, ' ').trim();
			if (last.get(region) === text) continue;
			last.set(region, text);
			if (ready && text && liveOf(region)) said.push(text);
		}
	};
	document.addEventListener('DOMContentLoaded', () => {
		check();
		ready = true;
		new MutationObserver(check).observe(document.body, {
			subtree: true,
			childList: true,
			characterData: true,
			attributes: true,
			attributeFilter: ['aria-live', 'role']
		});
	});
})()`;

/**
 * A reader page opened on an event, its timers and frames on a clock the test moves (and its
 * scrolls instant, so moving the clock finishes them).
 */
async function openOn(slug: string, id: string, width = 1280, height = 900) {
	const page = await suite.browser.newPage({
		viewport: { width, height },
		reducedMotion: 'reduce'
	});
	await page.clock.install();
	await page.addInitScript(LISTEN);
	await page.goto(`${suite.url}/t/${slug}#${id}`);
	await page.waitForSelector('.reader[data-interactive]');
	await page.waitForSelector(`[data-event-card="${id}"]`);
	await settle(page);
	return page;
}

/**
 * Lets the page finish what it started: its frames and timers (the 1.5 s pause before "Now
 * reading") on the test's clock, and between them the browser's own rendering.
 */
async function settle(page: Page) {
	for (let i = 0; i < 3; i++) {
		await page.waitForTimeout(100);
		await page.clock.runFor(2_000);
	}
}

const said = (page: Page) =>
	page.evaluate(() => (window as unknown as { __said: string[] }).__said);

describe('a deep link, on load', () => {
	for (const [slug, id, title] of [
		[SEED, KREMLIN, 'Kremlin interfered in 2016 presidential election'],
		[APOLLO, SPUTNIK, 'Sputnik']
	] as const) {
		it(`says the opened event's card and nothing else (/t/${slug}#${id}, 1280×900)`, async () => {
			const page = await openOn(slug, id);
			await page.screenshot({ path: artifactPath(`a11y-deep-link-${slug}-1280.png`) });
			const heard = await said(page);
			expect(heard.filter((s) => s.startsWith('Now reading'))).toEqual([]);
			expect(heard.filter((s) => s.startsWith('Zoom'))).toEqual([]);
			expect(heard).toHaveLength(1);
			expect(heard[0]).toContain(title);
			await page.close();
		});
	}

	it('says "Now reading" once the reader scrolls the article, and the zoom once they zoom', async () => {
		const page = await openOn(SEED, KREMLIN);
		// The page is at its foot (the sentence centred): the reader scrolls back up.
		await page.mouse.move(300, 450);
		const before = await page.$eval('.reader', (el) => (el as HTMLElement).dataset.reading);
		for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -300);
		await settle(page);
		const reading = (await said(page)).filter((s) => s.startsWith('Now reading: '));
		expect(reading).toHaveLength(1);
		const current = await page.$eval('.reader', (el) => (el as HTMLElement).dataset.reading);
		expect(current).not.toBe(before);
		const title = await page.$eval(
			`.print-events [data-print-event="${current}"]`,
			(el) => el.textContent!
		);
		expect(title).toContain(reading[0]!.slice('Now reading: '.length));
		await page.focus('.zoom-controls button');
		await page.keyboard.press('Enter');
		await settle(page);
		expect((await said(page)).filter((s) => s.startsWith('Zoom'))).toHaveLength(1);
		await page.close();
	});
});

describe('forced colours (Windows High Contrast)', () => {
	/** Twenty Americans, 2019: its label, its sentence and its bar are on screen at 1280×900. */
	const TWENTY = '2019-twenty-americans-killed-in-combat-in';

	/** A reader page as Windows High Contrast shows it, opened on an event. */
	async function openForced(path: string) {
		const page = await suite.browser.newPage({
			viewport: { width: 1280, height: 900 },
			reducedMotion: 'reduce'
		});
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setEmulatedMedia', {
			features: [{ name: 'forced-colors', value: 'active' }]
		});
		await page.goto(`${suite.url}${path}`);
		await page.waitForSelector('.reader[data-interactive]');
		expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
		return page;
	}

	/** The computed values of some properties of the first element a selector finds. */
	const look = (page: Page, selector: string, ...props: string[]) =>
		page.$eval(
			selector,
			(el, props) => {
				const style = getComputedStyle(el);
				return Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)])) as Record<
					string,
					string
				>;
			},
			props
		);

	it('shows the selected label, the highlighted sentence and the selected mark in system colours', async () => {
		const page = await openForced(`/t/${SEED}#${TWENTY}`);
		await page.waitForSelector(`[data-event-card="${TWENTY}"]`);
		const label = (id: string) => `.band.measured .labels [data-event="${id}"]`;
		const other = `.band.measured .labels [data-event]:not([aria-pressed="true"]):not(.current)`;
		const selected = await look(page, label(TWENTY), 'background-color', 'color');
		const plain = await look(page, other, 'background-color', 'color');
		expect(selected['background-color']).not.toBe(plain['background-color']);
		expect(selected.color).not.toBe(plain.color);

		const sentence = await look(
			page,
			'.article-text .highlight',
			'background-color',
			'outline-style'
		);
		const unmarked = await look(page, '.article-text .dated:not(.highlight)', 'background-color');
		expect(sentence['background-color']).not.toBe(unmarked['background-color']);
		expect(sentence['outline-style']).toBe('solid');

		// The marks: the selected one in another colour than the rest, none in the page's own.
		const page_ = await look(page, '.band.measured .viewport, .viewport', 'background-color');
		const mark = await page.$$eval('.band.measured svg .marks > g', (groups) =>
			groups.map((g) => {
				const shape = g.querySelector('circle, .range, .cluster-span')!;
				const style = getComputedStyle(shape);
				return {
					selected: g.classList.contains('selected'),
					fill: style.fill,
					stroke: style.stroke
				};
			})
		);
		const chosen = mark.filter((m) => m.selected);
		expect(chosen).toHaveLength(1);
		for (const m of mark.filter((m) => !m.selected)) {
			expect(m.stroke).not.toBe(chosen[0]!.stroke);
			expect(m.stroke).not.toBe(page_['background-color']);
		}
		await page.screenshot({ path: artifactPath('a11y-forced-colors-1280.png') });

		// Focused, a label has a thick outline; the one being read, a thick foot.
		await page.focus(label(TWENTY));
		const focused = await look(page, label(TWENTY), 'outline-style', 'outline-width');
		expect(focused['outline-style']).toBe('solid');
		expect(parseFloat(focused['outline-width']!)).toBeGreaterThanOrEqual(2);
		await page.close();
	});

	it('marks the label being read, and greys the buttons that cannot act', async () => {
		const page = await openForced(`/t/${SEED}`);
		// At the top of the page the first event is being read; the whole timeline is in view.
		await page.mouse.move(900, 450);
		await page.mouse.wheel(0, 200);
		await page.waitForSelector('.band.measured .labels button.current');
		const current = await look(
			page,
			'.band.measured .labels button.current',
			'border-bottom-width'
		);
		const plain = await look(
			page,
			'.band.measured .labels [data-event]:not(.current)',
			'border-bottom-width'
		);
		expect(parseFloat(current['border-bottom-width']!)).toBeGreaterThan(
			parseFloat(plain['border-bottom-width']!) + 2
		);
		const zoomIn = await look(page, '.zoom-controls button:first-child', 'color');
		const zoomOut = await look(page, '.zoom-controls button:disabled', 'color');
		expect(zoomOut.color).not.toBe(zoomIn.color);
		const window_ = await look(page, '.overview .window', 'border-top-color');
		const strip = await look(page, '.overview', 'border-top-color');
		expect(window_['border-top-color']).not.toBe(strip['border-top-color']);
		await page.screenshot({ path: artifactPath('a11y-forced-colors-reading-1280.png') });
		await page.close();
	});
});

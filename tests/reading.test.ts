import { readFileSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import { createRequire } from 'node:module';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedSnippet } from '../src/lib/embed/snippet';
import { launchBrowser } from './support/browser';
import { openHostPage } from './support/embed-frame';
import { seedServerUrl } from './support/seed-server';
import { artifactPath, freePort } from './support/server';
import { drawingSettled, scrollSettled } from './support/settled';
import { sharedPages } from './support/shared-page';
import { tap } from './support/touch';

/**
 * Reading a timeline at every width: the selected event's sentence and card are both on
 * screen, the pinned timeline leaves the article readable on a phone, every dated sentence can
 * become current as the article scrolls, and the reader's dark theme, print and link previews.
 */
const SLUG = 'russian-bounties-taliban';
const TITLE = 'Russia pays Taliban to kill American soldiers in Afghanistan';
const LATE_MARCH = '2020-03-intelligence-finding-briefed-to';
const SIZES = [
	[360, 740],
	[768, 1024],
	[1280, 800]
] as const;

const SERVER = seedServerUrl();
let host: HttpServer;
let HOST: string;
let browser: Browser;
/** A window of each kind, each row loading its own page in it (tests/support/shared-page.ts). */
const pages = sharedPages(() => browser);
/** What the host page of the embed tests holds, by path. */
const hostPages = new Map<string, string>();

beforeAll(async () => {
	host = createServer((req, res) => {
		const body = hostPages.get(req.url ?? '');
		if (!body) return void res.writeHead(204).end();
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(body);
	});
	const port = await freePort();
	HOST = `http://127.0.0.1:${port}`;
	await new Promise<void>((done) => host.listen(port, '127.0.0.1', done));
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await new Promise((done) => host?.close(done));
});

async function open(width: number, height: number, path = '', colorScheme?: 'dark') {
	const { page, errors } = await pages.page({
		viewport: { width, height },
		hasTouch: width < 900,
		isMobile: false,
		...(colorScheme ? { colorScheme } : {})
	});
	await page.goto(`${SERVER}/t/${SLUG}${path}`);
	await page.waitForSelector('.reader[data-interactive]');
	return { page, errors };
}

/**
 * Selects an event on the timeline as a reader would: its label if it has one in view, else
 * the cluster that holds it (which opens on a tap), until the label shows. Taps on a touch
 * screen, clicks otherwise.
 */
async function choose(scope: Page | Frame, id: string, touch: Page | null = null) {
	const rank = await scope.$$eval(
		'.print-events [data-print-event]',
		(els, id) => els.findIndex((e) => (e as HTMLElement).dataset.printEvent === id),
		id
	);
	expect(rank, `${id} is an event of the timeline`).toBeGreaterThanOrEqual(0);
	const press = (selector: string) => (touch ? tap(touch, selector) : scope.click(selector));
	for (let tries = 0; tries < 8; tries++) {
		const label = scope.locator(`.labels [data-event="${id}"]`);
		if ((await label.count()) && (await label.isVisible()))
			return press(`.labels [data-event="${id}"]`);
		const cluster = await scope.$$eval(
			'.labels .cluster',
			(els, rank) => {
				const at = els.findIndex((e) => {
					const { first, last } = (e as HTMLElement).dataset;
					return Number(first) <= rank && rank <= Number(last);
				});
				return at;
			},
			rank
		);
		if (cluster < 0) break;
		await press(`.labels .cluster >> nth=${cluster}`);
		await drawingSettled(scope, '.reader');
	}
	throw new Error(`no label or cluster for ${id} on the timeline`);
}

/**
 * Whether every line of the highlighted sentence is on screen and uncovered (what is drawn at
 * each line's centre is the sentence itself), and the card is on screen too.
 */
function sentenceAndCard(scope: Page | Frame) {
	return scope.evaluate(() => {
		const sentence = document.querySelector('.article-text .highlight');
		const card = document.querySelector('.card');
		const atCentre = (r: DOMRect) =>
			document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
		const lines = sentence ? [...sentence.getClientRects()] : [];
		const cardBox = card?.getBoundingClientRect();
		return {
			lines: lines.length,
			linesUncovered: lines.filter((r) => sentence!.contains(atCentre(r))).length,
			cardOnScreen:
				!!cardBox &&
				cardBox.top >= -1 &&
				cardBox.top < innerHeight - 40 &&
				!!card!.contains(atCentre(cardBox))
		};
	});
}

describe('selecting an event never hides its sentence', () => {
	for (const [width, height] of SIZES) {
		it(`shows the sentence and the card together at ${width} px, selected by ${width < 900 ? 'a tap' : 'a click'}`, async () => {
			const { page, errors } = await open(width, height);
			await choose(page, LATE_MARCH, width < 900 ? page : null);
			await page.waitForSelector('.card');
			await scrollSettled(page);
			const seen = await sentenceAndCard(page);
			expect(seen.lines).toBeGreaterThan(0);
			expect(seen.linesUncovered, 'every line of the sentence is visible').toBe(seen.lines);
			expect(seen.cardOnScreen).toBe(true);
			expect(await page.locator('.card .described').textContent()).toBe(
				'late March 2020 (21–31 March)'
			);
			await page.screenshot({ path: artifactPath(`reading-selected-${width}.png`) });
			expect(errors).toEqual([]);
		});

		it(`opens a deep link the same way at ${width} px`, async () => {
			const { page } = await open(width, height, `#${LATE_MARCH}`);
			await page.waitForSelector('.card');
			await scrollSettled(page);
			const seen = await sentenceAndCard(page);
			expect(seen.linesUncovered).toBe(seen.lines);
			expect(seen.lines).toBeGreaterThan(0);
			expect(seen.cardOnScreen).toBe(true);
			await page.screenshot({ path: artifactPath(`reading-deep-link-${width}.png`) });
		});
	}

	it('keeps the pinned timeline within 40% of a phone screen, card open or not', async () => {
		const { page } = await open(360, 740);
		await page.evaluate(() => scrollTo(0, 1200));
		const panel = () =>
			page.locator('.graphic').evaluate((el) => {
				const r = el.getBoundingClientRect();
				return { top: r.top, height: r.height };
			});
		expect((await panel()).top).toBe(0);
		expect((await panel()).height).toBeLessThanOrEqual(740 * 0.4);
		await choose(page, LATE_MARCH, page);
		await page.waitForSelector('.card');
		expect((await panel()).height).toBeLessThanOrEqual(740 * 0.4);
		// The strip opens up on demand, and closes again.
		const more = page.locator('button.more');
		if (await more.count()) {
			await more.click();
			expect(await more.getAttribute('aria-expanded')).toBe('true');
			await more.click();
			expect((await panel()).height).toBeLessThanOrEqual(740 * 0.4);
		}
	});
});

describe('scroll-sync', () => {
	for (const [width, height] of [SIZES[0], SIZES[2]]) {
		it(`makes every dated sentence current, scrolled 20 px at a time, at ${width} px`, async () => {
			const { page } = await open(width, height);
			const ids = await page.$$eval('.print-events [data-print-event]', (els) =>
				els.map((e) => (e as HTMLElement).dataset.printEvent!)
			);
			const seen = await page.evaluate(async () => {
				const reader = document.querySelector<HTMLElement>('.reader')!;
				const found = new Set<string>();
				const frame = () => new Promise((done) => requestAnimationFrame(done));
				const end = document.documentElement.scrollHeight - innerHeight;
				for (let y = 0; y <= end + 20; y += 20) {
					scrollTo(0, y);
					await frame();
					await frame();
					if (reader.dataset.reading) found.add(reader.dataset.reading);
				}
				return [...found];
			});
			expect(new Set(seen)).toEqual(new Set(ids));
			expect(ids).toHaveLength(7);
		});
	}

	it("marks a link's event as the one being read until the reader scrolls (#id, an embed's event=; 360 and 1280 px)", async () => {
		for (const [width, height] of [SIZES[0], SIZES[2]]) {
			const { page } = await open(width, height);
			const ids = await page.$$eval('.print-events [data-print-event]', (els) =>
				els.map((e) => (e as HTMLElement).dataset.printEvent!)
			);
			const wrong: string[] = [];
			// Each way in, a cold load on the first event's link; then every other event's link
			// followed in the same page (a link's hash, which the reader reads as it reads a
			// loaded link's), as a reader following links between events would.
			for (const link of [
				(id: string) => `/t/${SLUG}#${id}`,
				(id: string) => `/embed/${SLUG}?article=1&event=${id}`
			]) {
				await page.goto('about:blank');
				await page.goto(`${SERVER}${link(ids[0]!)}`);
				await page.waitForSelector('.reader[data-interactive]');
				for (const [n, id] of ids.entries()) {
					if (n > 0) await page.evaluate((id) => (location.hash = id), id);
					await page.waitForSelector(`.card[data-event-card="${id}"]`);
					await scrollSettled(page);
					const reading = await page.evaluate(() => [
						document.querySelector<HTMLElement>('.reader')!.dataset.reading,
						document.querySelector<HTMLElement>('.band.measured [aria-current="true"]')?.dataset
							.event
					]);
					if (reading[0] !== id || reading[1] !== reading[0])
						wrong.push(
							`${width} ${n ? `#${id} after ` : ''}${link(ids[0]!)}: ${reading.join(', ')}`
						);
				}
			}
			expect(wrong).toEqual([]);
			// The reader's own scroll (up: the page may be at its end) hands the mark back to the line.
			const first = ids[0]!;
			await page.goto(`${SERVER}/t/${SLUG}#${first}`);
			await page.waitForSelector('.card');
			await scrollSettled(page);
			await page.screenshot({ path: artifactPath(`reading-deep-link-${width}.png`) });
			// Over the article: below the pinned strip and above the card's sheet on a phone.
			await page.mouse.move(width - 60, height * 0.55);
			for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -300);
			await expect
				.poll(() =>
					page.evaluate(() => document.querySelector<HTMLElement>('.reader')!.dataset.reading)
				)
				.not.toBe(first);
		}
	});

	it('tells "being read" from "selected", to the eye and to a screen reader', async () => {
		const { page } = await open(1280, 800);
		await choose(page, LATE_MARCH);
		await scrollSettled(page);
		// Scroll through the article until another event with a label of its own is being read.
		const current = await page.evaluate(async () => {
			const frame = () => new Promise((done) => requestAnimationFrame(done));
			for (let y = 0; y < document.documentElement.scrollHeight; y += 40) {
				scrollTo(0, y);
				await frame();
				await frame();
				const label = document.querySelector<HTMLElement>(
					'.labels button.current[data-event]:not(.selected)'
				);
				if (label) return label.dataset.event!;
			}
			return null;
		});
		expect(current, 'some other event becomes current').toBeTruthy();
		const look = (id: string) =>
			page.locator(`.labels [data-event="${id}"]`).evaluate((el) => {
				const s = getComputedStyle(el);
				return {
					look: `${s.borderColor}|${s.borderStyle}|${s.backgroundColor}|${s.boxShadow}`,
					pressed: el.getAttribute('aria-pressed'),
					current: el.getAttribute('aria-current')
				};
			});
		const selected = await look(LATE_MARCH);
		const reading = await look(current!);
		expect(selected.pressed).toBe('true');
		expect(reading.pressed).toBe('false');
		expect(reading.current).toBe('true');
		expect(selected.current).toBeNull();
		expect(reading.look).not.toBe(selected.look);
		await page.screenshot({ path: artifactPath('reading-current-vs-selected-1280.png') });
	});
});

/** A publisher's page on another origin with one embed, taller than the window around it. */
function hostPage(options: Record<string, unknown>) {
	const snippet = embedSnippet({ origin: SERVER, slug: SLUG, title: TITLE, options });
	const filler = '<p>Our reporters followed the story from the first reports on.</p>'.repeat(12);
	return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title>
<style>body{font:17px/1.5 Georgia,serif;margin:0}main{max-width:46rem;margin:0 auto;padding:16px}</style>
</head><body><main><h1>The Daily Example</h1>${filler}${snippet}${filler}</main></body></html>`;
}

describe('the embed shows the card and the sentence of a selected event', () => {
	const cases = [
		{ name: 'article', options: { article: true }, sentence: true },
		{ name: 'height-300', options: { height: 300 }, sentence: false }
	];
	for (const { name, options, sentence } of cases) {
		for (const width of [360, 1280]) {
			it(`with ${name} at ${width} px`, async () => {
				const path = `/${name}`;
				hostPages.set(path, hostPage(options));
				const { page, iframe, frame } = await openHostPage(
					pages,
					`${HOST}${path}`,
					{ width, height: 740 },
					{ scrolled: true }
				);
				// With the article the frame fits the window rather than growing as tall as it.
				if (sentence) {
					await expect
						.poll(() => iframe.evaluate((f) => f.getBoundingClientRect().height))
						.toBeLessThanOrEqual(740);
				}
				await page.evaluate(() => scrollTo(0, 0));
				await choose(frame, LATE_MARCH);
				await frame.waitForSelector('.card');
				await scrollSettled(frame);
				await scrollSettled(page);
				const offset = (await iframe.boundingBox())!;
				const inFrame = await sentenceAndCard(frame);
				expect(inFrame.cardOnScreen).toBe(true);
				if (sentence) {
					expect(inFrame.lines).toBeGreaterThan(0);
					expect(inFrame.linesUncovered).toBe(inFrame.lines);
				}
				// …and the host page has scrolled the frame's card (and sentence) into its window.
				const box = await frame.evaluate(() => {
					const boxes = [
						document.querySelector('.card')!.getBoundingClientRect(),
						document.querySelector('.article-text .highlight')?.getBoundingClientRect()
					].filter((b) => !!b);
					return {
						top: Math.min(...boxes.map((b) => b.top)),
						bottom: Math.max(...boxes.map((b) => Math.min(b.bottom, innerHeight)))
					};
				});
				expect(offset.y + box.top).toBeGreaterThanOrEqual(-1);
				expect(offset.y + box.bottom).toBeLessThanOrEqual(740 + 1);
				await page.screenshot({ path: artifactPath(`reading-embed-${name}-${width}.png`) });
			});
		}
	}
});

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

describe('dark theme, print and link previews', () => {
	it('follows a dark system setting, and meets WCAG 2.1 AA there', async () => {
		const { page } = await open(1280, 800, `#${LATE_MARCH}`, 'dark');
		await page.waitForSelector('.card');
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(background).toBe('rgb(15, 20, 25)');
		await page.evaluate(axeSource);
		const violations = await page.evaluate(async () => {
			const axe = (
				window as unknown as {
					axe: { run: (o: object) => Promise<{ violations: { id: string }[] }> };
				}
			).axe;
			const result = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
			return result.violations.map((v) => v.id);
		});
		expect(violations).toEqual([]);
		await page.screenshot({ path: artifactPath('reading-dark-1280.png') });
	});

	it('prints the events as a dated list and the article, without controls or the chart', async () => {
		// A window of its own: print media would outlast the row in a shared one.
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(`${SERVER}/t/${SLUG}`);
		await page.waitForSelector('.reader[data-interactive]');
		await page.emulateMedia({ media: 'print' });
		const printed = await page.evaluate(() => {
			const shown = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none';
			return {
				list: [...document.querySelectorAll('.print-events li')].filter(shown).length,
				listShown: shown(document.querySelector('.print-events')),
				chart: shown(document.querySelector('.graphic')),
				buttons: [...document.querySelectorAll('button')].filter(
					(b) => (b as HTMLElement).offsetParent !== null
				).length,
				article: shown(document.querySelector('.article-text'))
			};
		});
		expect(printed).toEqual({ list: 7, listShown: true, chart: false, buttons: 0, article: true });
		expect(await page.locator('.print-events li').first().textContent()).toContain('2016');
		await page.screenshot({ path: artifactPath('reading-print-1280.png'), fullPage: true });
		await page.close();
	});

	it('carries og: and twitter: tags and a description, with a PNG preview of the timeline', async () => {
		const html = await (await fetch(`${SERVER}/t/${SLUG}`)).text();
		const meta = (key: string) =>
			new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1];
		expect(meta('description')).toMatch(/7 dated events/);
		expect(meta('og:title')).toBe(TITLE);
		expect(meta('twitter:card')).toBe('summary_large_image');
		const image = meta('og:image')!;
		expect(image).toBe(`${SERVER}/t/${SLUG}/preview.png`);
		expect(meta('twitter:image')).toBe(image);
		const res = await fetch(image);
		expect(res.headers.get('content-type')).toBe('image/png');
		expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/);
		const png = Buffer.from(await res.arrayBuffer());
		expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
		expect(png.length).toBeGreaterThan(10_000);
		const oembed = await (await fetch(`${SERVER}/oembed/${SLUG}.json`)).json();
		expect(oembed).toMatchObject({ thumbnail_url: image, thumbnail_width: 1200 });
	});
});

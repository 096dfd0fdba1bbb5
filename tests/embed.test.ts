import { createServer, get, type Server as HttpServer } from 'node:http';
import type { Browser, Frame, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedSnippet } from '../src/lib/embed/snippet';
import { accessibilityViolations, landmarkViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { UNSORTED } from './support/reader-data/embed';
import { seedServerUrl } from './support/seed-server';
import { artifactPath, freePort } from './support/server';
import { AFTER, frameMessagesHandled, openHostPage, readyFrame } from './support/embed-frame';
import { followRequests } from './support/requests';
import { scrollSettled } from './support/settled';
import { sharedPages } from './support/shared-page';

const SLUG = 'russian-bounties-taliban';
const HELSINKI = '2018-at-summit-in-helsinki-trump-suggested';
const TITLE = 'Russia pays Taliban to kill American soldiers in Afghanistan';
let HOST: string;
/** The run's one server of the seed, which serves UNSORTED too (tests/support/reader-data). */
const APP = seedServerUrl();
let host: HttpServer;
let browser: Browser;
/** A window of each kind, each row loading its own page in it (tests/support/shared-page.ts). */
const pages = sharedPages(() => browser);

/**
 * A publisher's page on another origin: two timelines pasted as snippets (the second dark),
 * and a script that records what the embeds tell it, as a third party listening would.
 */
function hostPage(origin: string): string {
	const first = embedSnippet({ origin, slug: SLUG, title: TITLE, options: { id: 'first' } });
	const second = embedSnippet({
		origin,
		slug: SLUG,
		title: TITLE,
		options: { id: 'second', theme: 'dark' }
	});
	return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Daily Example</title>
<style>
	body { font: 17px/1.5 Georgia, serif; margin: 0; color: #222; background: #f4f1ea; }
	main { max-width: 46rem; margin: 0 auto; padding: 16px; }
	h1 { font-size: 28px; line-height: 1.2; }
</style></head>
<body><main>
<h1>The Daily Example: how the bounty story unfolded</h1>
<p>Our reporters followed the story from the first intelligence reports to the briefings.</p>
${first}
<p>The same timeline, in the dark theme of our night edition:</p>
${second}
<p>End of the article.</p>
</main>
<script>
	window.received = [];
	addEventListener('message', (e) => { if (e.origin === ${JSON.stringify(origin)}) received.push(e.data); });
</script>
</body></html>`;
}

/** A publisher's page with one timeline and its article, the frame fitting the window. */
function articlePage(origin: string, lang?: 'fr'): string {
	const options = { article: true, ...(lang ? { lang } : {}) };
	const snippet = embedSnippet({ origin, slug: SLUG, title: TITLE, options });
	return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Example</title></head>
<body><p>Before the timeline.</p>${snippet}<p>After it.</p></body></html>`;
}

/** A publisher's page with a frame of a fixed 300 px, no embed.js: the frame works on its own. */
function fixedPage(query: string) {
	return (origin: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Example</title></head>
<body style="margin:0"><p>Before the timeline.</p><iframe src="${origin}/embed/${SLUG}${query}"
title="Timeline" width="100%" height="300" style="width:100%;border:0"></iframe><p>After it.</p></body></html>`;
}
const FIXED = ['', '?height=300', '?article=1', '?article=1&height=300'];

/** The box a publisher's layout gives the frame, which `height:100%` fills. */
const BOX = 560;
/** A publisher's page whose frame fills a box of its layout (`height:100%`), embed.js pasted. */
function filledPage(options: { article?: boolean }) {
	return (origin: string) => {
		const snippet = embedSnippet({ origin, slug: SLUG, title: TITLE, options }).replace(
			'style="width:100%',
			'style="width:100%;height:100%'
		);
		return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Example</title></head>
<body style="margin:0"><p>Before the timeline.</p><div style="height:${BOX}px">${snippet}</div>
<p>After it.</p></body></html>`;
	};
}

const HOST_PAGES: Record<string, (origin: string) => string> = {
	...Object.fromEntries(FIXED.map((query, i) => [`/fixed-${i}`, fixedPage(query)])),
	'/': hostPage,
	'/article': articlePage,
	// A language of its own loads its words before the embed mounts and listens.
	'/article-fr': (origin) => articlePage(origin, 'fr'),
	'/filled': filledPage({}),
	'/filled-article': filledPage({ article: true })
};

beforeAll(async () => {
	host = createServer((req, res) => {
		const page = HOST_PAGES[req.url ?? ''];
		if (!page) return void res.writeHead(204).end(); // favicon and the like
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(page(APP));
	});
	const hostPort = await freePort();
	HOST = `http://127.0.0.1:${hostPort}`;
	await new Promise<void>((done) => host.listen(hostPort, '127.0.0.1', done));
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await new Promise((done) => host?.close(done));
});

interface Opened {
	page: Page;
	errors: string[];
	warnings: string[];
}

async function openPage(
	url: string,
	width: number,
	colorScheme: 'light' | 'dark' = 'light'
): Promise<Opened> {
	const opened = await pages.page(
		{ viewport: { width, height: 800 }, colorScheme },
		{ console: true }
	);
	await opened.page.goto(url);
	return opened;
}

/** The embed's frame for an iframe on the host page, once its timeline is drawn. */
async function embedFrame(page: Page, index: number): Promise<Frame> {
	const iframe = page.locator('iframe[data-dateline-embed]').nth(index);
	await iframe.scrollIntoViewIfNeeded();
	return readyFrame(iframe);
}

const frameHeight = (page: Page, index: number) =>
	page
		.locator('iframe[data-dateline-embed]')
		.nth(index)
		.evaluate((f) => f.clientHeight);
const contentHeight = (frame: Frame) =>
	frame.$eval('.embed', (e) => Math.ceil(e.getBoundingClientRect().height));

/** Waits until the iframe is as tall as the embed's content. */
async function fitted(page: Page, index: number, frame: Frame) {
	await expect
		.poll(async () => (await frameHeight(page, index)) - (await contentHeight(frame)), {
			timeout: 5000
		})
		.toBe(0);
}

describe('a timeline embedded with the snippet on another origin', () => {
	it('resizes each iframe to its content, in both themes', async () => {
		const { page, errors } = await openPage(`${HOST}/`, 1280);
		for (const index of [0, 1]) {
			const frame = await embedFrame(page, index);
			await fitted(page, index, frame);
			expect(await frameHeight(page, index)).not.toBe(480);
		}
		expect(errors).toEqual([]);
	});

	it('selects an event inside the embed, grows to show its card and tells the parent', async () => {
		const { page, errors } = await openPage(`${HOST}/`, 1280);
		const frame = await embedFrame(page, 0);
		await fitted(page, 0, frame);
		const before = await frameHeight(page, 0);
		const button = frame.locator('.labels button[data-event]').first();
		const id = await button.getAttribute('data-event');
		await button.click();
		await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
		await frame.waitForSelector('.card');
		await fitted(page, 0, frame);
		expect(await frameHeight(page, 0)).toBeGreaterThan(before);
		await expect
			.poll(() => page.evaluate(() => (window as unknown as { received: unknown[] }).received))
			.toContainEqual({ type: 'dateline:select', id: 'first', event: id });
		expect(errors).toEqual([]);
	});

	it('on a phone, scrolls the page to the card of an event tapped in a frame that grows', async () => {
		const { page } = await pages.page({
			viewport: { width: 360, height: 740 },
			hasTouch: true,
			isMobile: true,
			reducedMotion: 'reduce'
		});
		await page.goto(`${HOST}/`);
		const frame = await embedFrame(page, 0);
		await fitted(page, 0, frame);
		const iframe = page.locator('iframe[data-dateline-embed]').first();
		// The frame's foot at the window's foot: the card opens below the fold.
		await page.evaluate(
			(el) => scrollBy(0, el!.getBoundingClientRect().bottom - innerHeight),
			await iframe.elementHandle()
		);
		const before = await page.evaluate(() => scrollY);
		const label = frame.locator('.labels button[data-event]').first();
		const box = (await label.boundingBox())!;
		await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
		await frame.waitForSelector('.card');
		await fitted(page, 0, frame);
		const card = async () => (await frame.locator('.card').boundingBox())!;
		// The page scrolled (the card's place in the frame, not the chart's, was what it was told)…
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before + 100);
		// …until the card is in the window, and the frame itself never scrolled.
		await expect
			.poll(async () => (await card()).y + (await card()).height)
			.toBeLessThanOrEqual(740);
		expect((await card()).y).toBeGreaterThanOrEqual(0);
		expect(await frame.evaluate(() => scrollY)).toBe(0);
		await page.screenshot({ path: artifactPath('embed-360-card.png') });
	});

	it('fits a frame with the article to 90% of the window, however the frame and the script race', async () => {
		for (const [path, width, height] of [
			['/article', 360, 740],
			['/article-fr', 360, 740],
			['/article-fr', 1280, 900]
		] as const) {
			// A first visit's race: nothing of the embed in the cache.
			const { iframe } = await openHostPage(
				pages,
				`${HOST}${path}`,
				{ width, height },
				{ cold: true }
			);
			// The script's first ask (the window's height) went out before the frame listened: the
			// frame's first report of its height is answered with the ask again.
			await expect
				.poll(() => iframe.evaluate((f) => f.getBoundingClientRect().height), { timeout: 5000 })
				.toBe(Math.floor(height * 0.9));
		}
	});

	it('leaves a frame its page gives height:100% as tall as its box, with or without the article', async () => {
		const heights: string[] = [];
		for (const path of ['/filled', '/filled-article']) {
			for (const [width, height] of [
				[360, 740],
				[1280, 900]
			] as const) {
				const { page, iframe, frame } = await openHostPage(pages, `${HOST}${path}`, {
					width,
					height
				});
				// Past embed.js's asks and the embed's reports of its height.
				await frame.locator('.labels button[data-event]').first().click();
				await frame.waitForSelector('.card');
				await frameMessagesHandled(page, frame);
				const box = await iframe.evaluate((f) => f.getBoundingClientRect().height);
				heights.push(`${path} ${width}: ${box}`);
				// The card is shown inside the frame, which scrolls rather than grows.
				const card = (await frame.locator('.card').boundingBox())!;
				expect(card.y).toBeLessThan(BOX);
				await page.screenshot({ path: artifactPath(`embed-${path.slice(1)}-${width}.png`) });
			}
		}
		expect(heights).toEqual([
			`/filled 360: ${BOX}`,
			`/filled 1280: ${BOX}`,
			`/filled-article 360: ${BOX}`,
			`/filled-article 1280: ${BOX}`
		]);
	});

	it("ignores a resize message forged by the parent page's own script", async () => {
		const { page } = await openPage(`${HOST}/`, 1280);
		const frame = await embedFrame(page, 0);
		await fitted(page, 0, frame);
		const before = await frameHeight(page, 0);
		// Each sender posts a marker after its forged message, and a window's messages arrive in
		// the order it posts them: once both markers came, embed.js has handled both forgeries.
		await page.evaluate(
			(after) =>
				new Promise<void>((done) => {
					let senders = 2;
					addEventListener('message', (e) => {
						if (e.data === after && --senders === 0) done();
					});
					// Same shape as the embed's own message, but from the page itself, not the frame.
					window.postMessage({ type: 'dateline:height', id: 'first', height: 5 }, '*');
					window.postMessage(after, '*');
					// And from a frame that is not the embed: right source check, wrong window.
					const other = document.createElement('iframe');
					other.srcdoc = `<script>parent.postMessage({type:'dateline:height',id:'first',height:7},'*');parent.postMessage(${JSON.stringify(after)},'*')</script>`;
					document.body.append(other);
				}),
			AFTER
		);
		expect(await frameHeight(page, 0)).toBe(before);
	});

	it('applies the dark theme to the embed that asks for it, and only to that one', async () => {
		const { page } = await openPage(`${HOST}/`, 1280);
		const background = (frame: Frame) =>
			frame.evaluate(() => [
				document.documentElement.dataset.theme,
				getComputedStyle(document.body).backgroundColor
			]);
		expect(await background(await embedFrame(page, 0))).toEqual(['light', 'rgb(255, 255, 255)']);
		expect(await background(await embedFrame(page, 1))).toEqual(['dark', 'rgb(15, 20, 25)']);
	});

	for (const width of [1280, 360]) {
		it(`fits the host page's column at ${width} px (screenshot)`, async () => {
			const { page, errors } = await openPage(`${HOST}/`, width);
			for (const index of [0, 1]) await fitted(page, index, await embedFrame(page, index));
			// Chromium leaves cross-origin frames below the fold unpainted in a full-page capture,
			// so the viewport grows to the whole page instead.
			const height = await page.evaluate(() => document.documentElement.scrollHeight);
			await page.setViewportSize({ width, height });
			await page.evaluate(() => scrollTo(0, 0));
			// Nothing in an embed may be wider than the phone's screen.
			const frame = await embedFrame(page, 0);
			const overflow = await frame.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBe(0);
			await page.waitForTimeout(300);
			await page.screenshot({ path: artifactPath(`embed-host-${width}.png`) });
			expect(errors).toEqual([]);
		});
	}
});

describe('the embed page on its own', () => {
	it('follows the reader’s system setting with theme=auto', async () => {
		const url = `${APP}/embed/${SLUG}?theme=auto`;
		for (const scheme of ['light', 'dark'] as const) {
			const { page } = await openPage(url, 600, scheme);
			await page.waitForSelector('.reader[data-interactive]');
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);
			// Title, timeline and credit are one main landmark a screen reader can jump to.
			expect(await landmarkViolations(page)).toEqual([]);
		}
	});

	it('keeps the chart in a short frame that shows the article, opened on an event', async () => {
		const { page } = await pages.page({ viewport: { width: 700, height: 480 } });
		await page.goto(`${APP}/embed/${SLUG}`);
		await page.waitForSelector('.reader[data-interactive]');
		const id = await page.locator('.labels button[data-event]').last().getAttribute('data-event');
		await page.goto(`${APP}/embed/${SLUG}?article=1&event=${id}`);
		await page.waitForSelector('.reader[data-interactive]');
		await page.waitForSelector('.card');
		await scrollSettled(page);
		// The chart stays pinned at the top of the frame while the text scrolls to the event's
		// sentence, which shows between the strip and the card.
		const strip = (await page.locator('.graphic').boundingBox())!;
		expect(strip.y).toBe(0);
		const card = (await page.locator('.card').boundingBox())!;
		const sentence = (await page.locator('.highlight').first().boundingBox())!;
		expect(sentence.y).toBeGreaterThanOrEqual(strip.y + strip.height - 1);
		expect(sentence.y + Math.min(sentence.height, 24)).toBeLessThanOrEqual(card.y + 1);
		await page.screenshot({ path: artifactPath('embed-article-event-700x480.png') });
	});

	it('shows a card whole in a frame 300 px tall, buttons and all, and never over the chart (360, 1024 and 1280 px); a wide one keeps the chart whole beside it', async () => {
		// What overlaps in the frame's window: the card's buttons past its edges, the card over
		// the chart (a string: tsx would wrap a named function).
		const CLASHES = `(() => {
			const box = (e) => e.getBoundingClientRect();
			const out = [...document.querySelectorAll('.card button')]
				.filter((b) => b.getClientRects().length)
				.map(box)
				.filter((r) => r.top < -0.5 || r.bottom > innerHeight + 0.5)
				.map((r) => 'button at ' + Math.round(r.top) + '-' + Math.round(r.bottom));
			const card = box(document.querySelector('.card'));
			const chart = box(document.querySelector('.viewport'));
			const seen = (r) => r.bottom > 0 && r.top < innerHeight;
			const across = card.left < chart.right - 0.5 && card.right > chart.left + 0.5;
			if (seen(card) && seen(chart) && across && card.top < chart.bottom - 0.5 && card.bottom > chart.top + 0.5)
				out.push('card ' + Math.round(card.top) + '-' + Math.round(card.bottom) + ' over the chart ' + Math.round(chart.top) + '-' + Math.round(chart.bottom));
			return out;
		})()`;
		for (const width of [360, 1024, 1280]) {
			for (const [i, query] of FIXED.entries()) {
				const touch = width < 500;
				const { page } = await pages.page({
					viewport: { width, height: 740 },
					hasTouch: touch,
					isMobile: touch
				});
				await page.goto(`${HOST}/fixed-${i}`);
				const frame = page.frames().find((f) => f.url().includes('/embed/'))!;
				await frame.waitForSelector('.reader[data-interactive]');
				const label = frame.locator('.band.measured button[data-event]').first();
				if (touch) await label.tap();
				else await label.click();
				await frame.waitForSelector('.card');
				// Selected, the card shows whole in the frame, beside as much of the chart as fits.
				const whole = `(() => {
					const r = document.querySelector('.card').getBoundingClientRect();
					return r.top >= -0.5 && r.bottom <= innerHeight + 0.5;
				})()`;
				await expect
					.poll(() => frame.evaluate(whole), { timeout: 5000, message: `${width} ${query}` })
					.toBe(true);
				// With the article, its sentence shows too: above the card on a phone, beside it on a desk.
				if (query.includes('article'))
					await expect
						.poll(
							() =>
								frame.evaluate(`(() => {
								const s = document.querySelector('.highlight').getBoundingClientRect();
								const c = document.querySelector('.card').getBoundingClientRect();
								// Above the card where it lies under it (a phone), else in the frame.
								const below = s.left < c.right && c.left < s.right ? c.top : innerHeight;
								return s.top >= -0.5 && s.top + Math.min(s.height, 20) <= below + 0.5;
							})()`),
							{ message: `${width} ${query}: the sentence above the card` }
						)
						.toBe(true);
				expect(await frame.evaluate(CLASHES)).toEqual([]);
				// A wide frame shows the chart whole, from its axis to its last lane, with the card
				// beside it: neither scrolled out of the frame to show the other.
				if (width >= 900)
					expect(
						await frame.evaluate(`(() => {
							const v = document.querySelector('.viewport').getBoundingClientRect();
							const c = document.querySelector('.card').getBoundingClientRect();
							return {
								chart: [Math.round(v.top), Math.round(v.bottom)],
								whole: v.top >= -0.5 && v.bottom <= innerHeight + 0.5,
								beside: c.left >= v.right
							};
						})()`),
						`${width} ${query}`
					).toMatchObject({ whole: true, beside: true });
				await page.screenshot({ path: artifactPath(`embed-fixed-300-${width}-${i}.png`) });
				// Scrolled back up to the chart, the card is not over it.
				await expect
					.poll(() => frame.evaluate(`scrollTo({ top: 0, behavior: 'instant' }), scrollY`))
					.toBeLessThan(2);
				const over = (await frame.evaluate<string[]>(CLASHES)).filter((c) => c.includes('over'));
				expect(over, `${width} ${query}, at the top`).toEqual([]);
				await page.screenshot({ path: artifactPath(`embed-fixed-300-${width}-${i}-top.png`) });
			}
		}
	});

	it('opens on the event and the span of time the query string names', async () => {
		const probe = await openPage(`${APP}/embed/${SLUG}`, 900);
		await probe.page.waitForSelector('.reader[data-interactive]');
		const id = await probe.page
			.locator('.labels button[data-event]')
			.last()
			.getAttribute('data-event');

		const { page, errors } = await openPage(
			`${APP}/embed/${SLUG}?event=${id}&from=2019&to=2020`,
			900
		);
		await expect
			.poll(() => page.locator(`[data-event="${id}"]`).getAttribute('aria-pressed'))
			.toBe('true');
		const ticks = await page.$$eval('.axis text', (ts) => ts.map((t) => t.textContent ?? ''));
		expect(ticks.some((t) => t.includes('2016'))).toBe(false);
		expect(errors).toEqual([]);
	});

	it('ignores unknown and malformed options with a console warning, and still draws', async () => {
		const { page, errors, warnings } = await openPage(
			`${APP}/embed/${SLUG}?theme=purple&height=tall&colour=red&event=%3Cscript%3E`,
			600
		);
		await page.waitForSelector('.reader[data-interactive]');
		await expect.poll(() => warnings.length).toBeGreaterThanOrEqual(4);
		expect(warnings.join('\n')).toMatch(/theme="purple"/);
		expect(warnings.join('\n')).toMatch(/unknown option "colour"/);
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
		expect(errors).toEqual([]);
	});

	it('runs on its own bundle, without SvelteKit’s client: one script in English, words by language', async () => {
		for (const [lang, fit] of [
			['en', 'Fit'],
			['fr', 'Tout'],
			['de', 'Alles'],
			['es', 'Todo']
		] as const) {
			const scripts: string[] = [];
			// An empty cache, as a first visit's: each script is fetched.
			const { page } = await pages.page({ viewport: { width: 600, height: 800 } }, { cold: true });
			const script = (r: Request) => r.resourceType() === 'script' && scripts.push(r.url());
			page.on('request', script);
			const requests = followRequests(page);
			await page.goto(`${APP}/embed/${SLUG}?lang=${lang}`);
			await page.waitForSelector('.reader[data-interactive]');
			await requests.settled();
			expect(scripts.every((url) => url.includes('/_app/immutable/embed/'))).toBe(true);
			// English is in the bundle; another language's words are small files of their own.
			if (lang === 'en') expect(scripts).toHaveLength(1);
			else expect(scripts.length).toBeGreaterThan(1);
			const labels = async () =>
				(await page.locator('.toolbar button').allTextContents()).map((t) => t.trim());
			await expect.poll(labels).toContain(fit);
			// Keyboard still drives the chart: an event's button takes focus and Enter selects it.
			await page.locator('.labels button[data-event]').first().focus();
			await page.keyboard.press('Enter');
			await page.waitForSelector('.card');
			page.off('request', script);
			requests.stop();
		}
	});

	it('runs under its Content-Security-Policy without violations', async () => {
		const { page, errors } = await openPage(`${APP}/embed/${SLUG}?theme=dark`, 600);
		await page.waitForSelector('.reader[data-interactive]');
		await page.locator('.labels button[data-event]').first().click();
		await page.waitForSelector('.card');
		expect(errors.filter((e) => /Content.Security.Policy/i.test(e))).toEqual([]);
		expect(errors).toEqual([]);
	});
});

describe('framing and security headers', () => {
	it('lets any site frame an embed, and no site frame the reader page', async () => {
		const embed = await fetch(`${APP}/embed/${SLUG}`);
		const reader = await fetch(`${APP}/t/${SLUG}`);
		expect(embed.headers.get('content-security-policy')).toMatch(/frame-ancestors \*$/);
		expect(embed.headers.get('x-frame-options')).toBeNull();
		expect(reader.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'$/);
		expect(reader.headers.get('x-frame-options')).toBe('DENY');
		for (const csp of [embed, reader].map((r) => r.headers.get('content-security-policy')!)) {
			const scripts = csp.split(';').find((d) => d.trim().startsWith('script-src'))!;
			expect(scripts).not.toMatch(/unsafe-inline/);
		}
	});

	it("keeps an embed's own policy when a returning reader's browser revalidates it (304), so its theme script still runs", async () => {
		const url = `${APP}/embed/${SLUG}?theme=auto`;
		const first = await fetch(url);
		await first.text();
		const etag = first.headers.get('etag');
		expect(etag).toBeTruthy();
		expect(first.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-/);
		const again = await fetch(url, { headers: { 'if-none-match': etag! } });
		expect(again.status).toBe(304);
		// A 304's headers replace those the browser stored with the page: a policy here must be
		// the page's own (the theme script's hash and all), or none, which keeps the stored one.
		const policy = again.headers.get('content-security-policy');
		expect([null, first.headers.get('content-security-policy')]).toContain(policy);
	});

	it('shows a blank frame, not the reader page, when another site frames it', async () => {
		const { page } = await openPage(`${HOST}/`, 800);
		const frame = await page.evaluate(async (src) => {
			const iframe = document.createElement('iframe');
			// A frame the browser refuses to fill still loads (an error page): what it holds is final.
			const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
			iframe.src = src;
			document.body.prepend(iframe);
			await loaded;
			return iframe.contentWindow!.length;
		}, `${APP}/t/${SLUG}`);
		expect(frame).toBe(0);
		const child = page.frames().find((f) => f.url().includes(`/t/${SLUG}`));
		const title = await child?.title().catch(() => '');
		expect(title ?? '').not.toContain('Dateline');
	});
});

describe('oEmbed', () => {
	const oembed = (query: string) => fetch(`${APP}/oembed?${query}`);
	const timelineUrl = () => encodeURIComponent(`${APP}/t/${SLUG}`);

	it('answers a reader URL with a rich response whose html is the snippet', async () => {
		const res = await oembed(`url=${timelineUrl()}&format=json&maxwidth=500&maxheight=300`);
		expect(res.status).toBe(200);
		const body = await res.json();
		expect(body).toMatchObject({ version: '1.0', type: 'rich', width: 500, height: 300 });
		expect(body.html).toContain(`src="${APP}/embed/${SLUG}?height=300"`);
		expect(body.html).toContain(`<script src="${APP}/embed.js" async></script>`);
	});

	it('opens a reader URL’s #event in the snippet only when the timeline has that event', async () => {
		const url = (hash: string) => encodeURIComponent(`${APP}/t/${SLUG}#${hash}`);
		const known = await (await oembed(`url=${url(HELSINKI)}`)).json();
		expect(known.html).toContain(`?event=${HELSINKI}`);
		// An event deleted since the link was copied: the whole timeline, as the reader page shows.
		const gone = await oembed(`url=${url('2019-no-such-event')}`);
		expect(gone.status).toBe(200);
		const body = await gone.json();
		expect(body.html).toContain(`src="${APP}/embed/${SLUG}"`);
		expect(body.html).not.toContain('no-such-event');
	});

	it('gives 404 for an unknown timeline or another site, 400 for a malformed request, 501 for XML', async () => {
		const unknown = encodeURIComponent(`${APP}/t/no-such-timeline`);
		expect((await oembed(`url=${unknown}`)).status).toBe(404);
		expect(
			(await oembed(`url=${encodeURIComponent(`https://example.com/t/${SLUG}`)}`)).status
		).toBe(404);
		expect((await oembed('url=not%20a%20url')).status).toBe(400);
		expect((await oembed('format=json')).status).toBe(400);
		expect((await oembed(`url=${timelineUrl()}&maxwidth=wide`)).status).toBe(400);
		expect((await oembed(`url=${timelineUrl()}&format=xml`)).status).toBe(501);
	});

	it('answers its errors as JSON to a client that sends no Accept header (curl, a server fetch)', async () => {
		// fetch() always sends Accept: */*; a bare HTTP request sends none, which SvelteKit
		// would answer with its HTML error page.
		const bare = (path: string) =>
			new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
				get(`${APP}${path}`, { headers: {} }, (res) => {
					let body = '';
					res.setEncoding('utf8');
					res.on('data', (chunk) => (body += chunk));
					res.on('end', () =>
						resolve({ status: res.statusCode!, type: res.headers['content-type'] ?? '', body })
					);
				}).on('error', reject);
			});
		const cases = [
			['/oembed?format=json', 400, 'url'],
			[`/oembed?url=${encodeURIComponent(`${APP}/t/no-such-timeline`)}`, 404, 'no-such-timeline'],
			['/oembed/no-such-timeline.json', 404, 'no-such-timeline'],
			['/api/timelines/no-such-timeline/revisions', 401, 'Sign in']
		] as const;
		for (const [path, status, mentions] of cases) {
			const res = await bare(path);
			expect(res.status, path).toBe(status);
			expect(res.type, path).toMatch(/^application\/json/);
			expect(JSON.parse(res.body).error, path).toContain(mentions);
		}
	});

	it('is discoverable from every reader page', async () => {
		const html = await (await fetch(`${APP}/t/${SLUG}`)).text();
		const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html);
		expect(link).not.toBeNull();
		const res = await fetch(link![1]!.replaceAll('&amp;', '&'));
		expect(res.status).toBe(200);
		expect((await res.json()).title).toBe(TITLE);
	});
});

describe('the Embed dialog on the reader page', () => {
	it('makes each group of radios one tab stop whose arrow keys choose (keyboard, 360 px touch)', async () => {
		for (const [width, height, touch] of [
			[1280, 900, false],
			[360, 740, true]
		] as const) {
			const { page } = await pages.page({
				viewport: { width, height },
				hasTouch: touch,
				isMobile: touch
			});
			await page.goto(`${APP}/t/${SLUG}`);
			await page.waitForSelector('.reader[data-interactive]');
			await page.getByRole('button', { name: 'Embed' }).click();
			const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
			await dialog.getByRole('radio', { name: 'Light' }).focus();
			const names: string[] = [];
			for (let i = 0; i < 5; i++) {
				names.push(
					await page.evaluate(() => {
						const el = document.activeElement as HTMLInputElement;
						return `${el.type} ${el.labels?.[0]?.textContent?.trim() ?? el.getAttribute('aria-label')}`;
					})
				);
				await page.keyboard.press('Tab');
			}
			// The theme's three radios are one stop, the height's two another.
			expect(
				names.filter((n) => n.startsWith('radio')),
				names.join(' | ')
			).toEqual(['radio Light', 'radio Fit the timeline']);
			// Arrow keys move the choice within a group, and the snippet follows.
			await dialog.getByRole('radio', { name: 'Light' }).focus();
			await page.keyboard.press('ArrowRight');
			expect(await dialog.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
			expect(await dialog.getByLabel('Snippet').inputValue()).toContain('theme=dark');
			await page.screenshot({ path: artifactPath(`embed-dialog-radios-${width}.png`) });
		}
	});

	it('lists the events it may open on in date order, whatever order the file has', async () => {
		const { page } = await pages.page({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${APP}/t/${UNSORTED}`);
		await page.waitForSelector('.reader[data-interactive]');
		await page.getByRole('button', { name: 'Embed' }).click();
		const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
		await dialog.getByRole('combobox', { name: 'Open on event' }).fill('strike');
		const options = dialog.locator('#start-event-options [role=option]');
		await expect.poll(() => options.count()).toBe(4);
		expect((await options.allTextContents()).map((o) => o.replace(/\s+/g, ' ').trim())).toEqual([
			expect.stringMatching(/1998.*First strike begins/),
			expect.stringMatching(/2005.*Strike fund opens/),
			expect.stringMatching(/2021.*Second strike ends/),
			expect.stringMatching(/2030.*Third strike called/)
		]);
		await page.screenshot({ path: artifactPath('embed-dialog-sorted-1280.png') });
	});

	it('gives the snippet for the chosen options, previews it and copies it', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP });
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		await page.goto(`${APP}/t/${SLUG}`);
		await page.waitForSelector('.reader[data-interactive]');
		await page.getByRole('button', { name: 'Embed' }).click();
		const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
		await dialog.getByLabel('Dark').check();
		// The opening event is found by typing: arrow keys walk the matches, Enter picks one.
		const box = dialog.getByRole('combobox', { name: 'Open on event' });
		await box.fill('briefed');
		await expect
			.poll(() => dialog.locator('#start-event-options [role=option]').count())
			.toBeGreaterThan(0);
		expect(await dialog.locator('#start-event-status').textContent()).toMatch(/match.*“briefed”/);
		await box.press('ArrowDown');
		await expect.poll(() => box.getAttribute('aria-activedescendant')).toBe('start-event-option-0');
		expect(await accessibilityViolations(page)).toEqual([]);
		await page.screenshot({ path: artifactPath('embed-dialog-search-1280.png') });
		// Escape closes the list, not the dialog; Enter picks the match the keys are on.
		await box.press('Escape');
		await expect.poll(() => box.getAttribute('aria-expanded')).toBe('false');
		expect(await dialog.isVisible()).toBe(true);
		await box.press('ArrowDown');
		await box.press('Enter');
		expect(await dialog.locator('#start-event-chosen').textContent()).toMatch(
			/Opens on: .*briefed/i
		);
		const snippet = await dialog.getByLabel('Snippet').inputValue();
		expect(
			snippet.startsWith(`<iframe src="${APP}/embed/russian-bounties-taliban?theme=dark&amp;event=`)
		).toBe(true);
		expect(snippet).toMatch(/&amp;event=[^"]+" title="Timeline: /);
		expect(snippet).toContain('loading="lazy"');
		const preview = page.frameLocator('dialog iframe');
		await expect.poll(() => preview.locator('html').getAttribute('data-theme')).toBe('dark');
		await expect.poll(() => preview.locator('[aria-pressed="true"]').count()).toBe(1);
		await dialog.getByRole('button', { name: 'Copy snippet' }).click();
		await expect
			.poll(() => dialog.locator('.actions [role=status]').textContent())
			.toContain('Copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
		await page.screenshot({ path: artifactPath('embed-dialog-1280.png') });
		// On a phone the dialog fits the screen: no option runs off its edge.
		await page.setViewportSize({ width: 360, height: 740 });
		await expect.poll(() => page.$eval('dialog', (d) => d.scrollWidth - d.clientWidth)).toBe(0);
		await page.screenshot({ path: artifactPath('embed-dialog-360.png') });
		expect(errors).toEqual([]);
		await context.close();
	});
});

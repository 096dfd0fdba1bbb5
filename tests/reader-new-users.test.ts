import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
	COUNCIL,
	HARVEST,
	LONG_RAIL,
	MISSILES,
	ONE_DAY,
	RAIL
} from './support/reader-data/reader-new-users';
import { readerSuite } from './support/reader-suite';
import { artifactPath } from './support/server';
import { drawingSettled, scrollSettled } from './support/settled';
import { tap } from './support/touch';
import { buttonNames } from './support/timeline';

/**
 * What new users found wrong in reading a timeline on phones and desks (one describe each),
 * checked in Chromium on timelines made for the case (tests/support/reader-data).
 */

const LANGS = ['en', 'fr', 'de', 'es'] as const;
/** What a screen reader hears between an event's date and its title, per language. */
const AFTER_DATE = { en: ':', fr: ' :', de: ':', es: ':' };

const suite = readerSuite();

const open = (path: string, width = 1280, height = 900) => suite.open(path, { width, height });

describe("an event's name keeps its date apart from its title", () => {
	for (const lang of LANGS) {
		it(`names the label "<date>${AFTER_DATE[lang]} <title>" in the reader and the embed (${lang})`, async () => {
			for (const path of [`/t/${RAIL}?lang=${lang}`, `/embed/${RAIL}?lang=${lang}`]) {
				const { page, errors } = await open(path);
				const names = await buttonNames(page);
				expect(names, names.join(' | ')).toContain(`2026${AFTER_DATE[lang]} 14 cars derailed`);
				expect(names.filter((n) => /2026 14 cars/.test(n))).toEqual([]);
				if (lang === 'en' && path.startsWith('/t/'))
					await page.screenshot({ path: artifactPath('new-users-names-1280.png') });
				expect(errors).toEqual([]);
			}
		});
	}

	it("names a long timeline's list rows the same way", async () => {
		const { page, errors } = await open(`/t/${LONG_RAIL}`);
		await page.locator('details.event-list summary').click();
		await page.fill('input[type="search"]', 'derailed');
		await expect.poll(() => buttonNames(page)).toContain('2026: 14 cars derailed');
		const names = await buttonNames(page);
		expect(names.filter((n) => /2026 14 cars/.test(n))).toEqual([]);
		await page.screenshot({ path: artifactPath('new-users-names-list-1280.png') });
		expect(errors).toEqual([]);
	});
});

describe("a cluster's dates", () => {
	for (const lang of LANGS) {
		it(`claim no month its events do not have, at any zoom, at 360 and 1280 px (${lang})`, async () => {
			const seen: string[] = [];
			// The embed at 1280 px is a wider chart than the reader's beside its article: there
			// 1966 and autumn 1967 cluster, under three years apart (each view is laid out in its
			// own width, so which zooms make a short cluster follows the chart's width).
			for (const [width, kind] of [
				[360, 't'],
				[1280, 't'],
				[1280, 'embed']
			] as const) {
				const { page, errors } = await open(`/${kind}/${MISSILES}?lang=${lang}`, width, 900);
				await page.focus('.viewport');
				for (let zoom = 0; zoom < 8; zoom++) {
					const dates = await page.$$eval('.band.measured .cluster .date', (ds) =>
						ds.filter((d) => d.getClientRects().length > 0).map((d) => d.textContent!.trim())
					);
					if (dates.length && zoom < 2 && lang === 'en')
						await page.screenshot({
							path: artifactPath(`new-users-cluster-years-${kind}-${width}-${zoom}.png`)
						});
					seen.push(...dates);
					await page.keyboard.press('+');
				}
				expect(errors).toEqual([]);
			}
			// Every event in a cluster is a year or a season: a cluster's span is in years.
			expect(seen.length).toBeGreaterThan(0);
			for (const date of seen) expect(date).toMatch(/^\d{4}( – \d{4})?$/);
			// Some clusters span less than three years (where months were written).
			expect(
				seen.some((d) => {
					const [a, b] = d.split(' – ').map(Number);
					return b === undefined || b! - a! < 3;
				})
			).toBe(true);
		});
	}
});

describe("the chart's hints", () => {
	/** What a first plain wheel over the chart says, per language (not on a Mac: ctrl). */
	const ZOOM_HINT = {
		en: 'Use ctrl + scroll to zoom',
		fr: 'Utilisez Ctrl + molette pour zoomer',
		de: 'Mit Strg + Mausrad zoomen',
		es: 'Usa Ctrl + rueda para hacer zoom'
	};
	it("speak the page's language: a plain wheel's zoom hint, in the reader and the embed", async () => {
		const said: string[] = [];
		for (const lang of LANGS) {
			for (const path of [`/t/${MISSILES}?lang=${lang}`, `/embed/${MISSILES}?lang=${lang}`]) {
				const { page, errors } = await open(path);
				const chart = (await page.locator('.viewport').boundingBox())!;
				await page.mouse.move(chart.x + chart.width / 2, chart.y + chart.height / 2);
				await page.mouse.wheel(0, 100);
				const hint = page.locator('.wheel-hint[role="status"]');
				await expect.poll(() => hint.textContent()).not.toBe('');
				said.push(`${lang} ${path.split('/')[1]}: ${await hint.textContent()}`);
				if (lang === 'de' && path.startsWith('/t/'))
					await page.screenshot({ path: artifactPath('new-users-zoom-hint-de-1280.png') });
				expect(errors).toEqual([]);
			}
		}
		expect(said).toEqual(
			LANGS.flatMap((lang) => [
				`${lang} t: ${ZOOM_HINT[lang]}`,
				`${lang} embed: ${ZOOM_HINT[lang]}`
			])
		);
	});

	it('say autumn in British English: a page for an en-GB reader, or an article in British spelling', async () => {
		const said: string[] = [];
		for (const [slug, locale] of [
			[HARVEST, 'en-GB'],
			[HARVEST, 'en-US'],
			[COUNCIL, 'en-US']
		] as const) {
			for (const route of ['t', 'embed']) {
				const { page, errors } = await suite.page({
					viewport: { width: 1280, height: 900 },
					locale
				});
				await page.goto(`${suite.url}/${route}/${slug}#e1`);
				await page.waitForSelector('.reader[data-interactive]');
				await page.waitForSelector('.card');
				const label = await page.locator('.labels button[data-event="e1"]').textContent();
				const card = await page.locator('.card').textContent();
				said.push(
					`${slug} ${locale} ${route}: ${/autumn 1967/.test(label!) && /autumn 1967/.test(card!) ? 'autumn' : /fall 1967/.test(label!) ? 'fall' : label}`
				);
				if (slug === COUNCIL && route === 't')
					await page.screenshot({ path: artifactPath('new-users-autumn-british-1280.png') });
				expect(errors).toEqual([]);
			}
		}
		expect(said).toEqual([
			'harvest en-GB t: autumn',
			'harvest en-GB embed: autumn',
			'harvest en-US t: fall',
			'harvest en-US embed: fall',
			'council en-US t: autumn',
			'council en-US embed: autumn'
		]);
	});
});

describe("closing an event card with its '×'", () => {
	/** What has the keyboard: an event's label, a cluster (its ranks), or the body. */
	const focused = (page: Page) =>
		page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return 'body';
			if (el.dataset.event) return `event ${el.dataset.event}`;
			if (el.dataset.first) return `cluster ${el.dataset.first}-${el.dataset.last}`;
			return el.outerHTML.slice(0, 80);
		});

	it('gives the keyboard back to the cluster that holds the event, in the reader and the embed', async () => {
		const closed: string[] = [];
		for (const route of ['t', 'embed']) {
			for (const width of [360, 1280]) {
				const touch = width === 360;
				const { page, errors } = await suite.page({
					viewport: { width, height: 800 },
					hasTouch: touch,
					isMobile: touch
				});
				await page.goto(`${suite.url}/${route}/${ONE_DAY}`);
				await page.waitForSelector('.reader[data-interactive]');
				// Enter on the cluster zooms in until it can only list its events (one day).
				const cluster = page.locator('.band.measured button.cluster').last();
				for (let i = 0; i < 8 && !(await page.locator('.cluster-menu').count()); i++) {
					await cluster.focus();
					await page.keyboard.press('Enter');
					await drawingSettled(page, '.reader');
				}
				await page.waitForSelector('.cluster-menu');
				await page.keyboard.press('ArrowDown');
				await page.keyboard.press('Enter');
				await page.waitForSelector('.card');
				const chosen = (await page.evaluate(() => location.hash)).slice(1);
				if (touch) await tap(page, '.card button.close');
				else {
					await page.locator('.card button.close').focus();
					await page.keyboard.press('Enter');
				}
				await expect.poll(() => page.locator('.card').count()).toBe(0);
				// Past the reflow of the page the card leaves (the sheet's going moved the chart).
				await scrollSettled(page);
				await drawingSettled(page, '.reader');
				const rank = Number(chosen.slice(1));
				const now = await focused(page);
				const range = /^cluster (\d+)-(\d+)$/.exec(now);
				closed.push(
					`${route} ${width}: ${now === `event ${chosen}` || (range && Number(range[1]) <= rank && rank <= Number(range[2])) ? 'its cluster or label' : now}`
				);
				await page.screenshot({
					path: artifactPath(`new-users-card-closed-${route}-${width}.png`)
				});
				expect(errors).toEqual([]);
			}
		}
		expect(closed).toEqual([
			't 360: its cluster or label',
			't 1280: its cluster or label',
			'embed 360: its cluster or label',
			'embed 1280: its cluster or label'
		]);
	});

	it("gives it back to the event it described, and the chart stays on it as the phone's sheet goes", async () => {
		for (const width of [360, 1280]) {
			const { page, errors } = await open(`/t/${MISSILES}`, width, 800);
			await page.locator('a.sentence[href="#e4"]').focus();
			await page.keyboard.press('Enter');
			await page.waitForSelector('.card');
			await page.locator('.card button.close').focus();
			await page.keyboard.press('Enter');
			await expect.poll(() => page.locator('.card').count()).toBe(0);
			await page.evaluate(
				() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 300)))
			);
			expect(await focused(page)).toBe('event e4');
			expect(await page.locator('.band.measured [data-event="e4"]').count()).toBe(1);
			await page.screenshot({ path: artifactPath(`new-users-card-closed-sentence-${width}.png`) });
			expect(errors).toEqual([]);
		}
	});
});

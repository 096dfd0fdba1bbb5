import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { seedServerUrl } from './support/seed-server';
import { artifactPath } from './support/server';

const SLUG = 'russian-bounties-taliban';
const SERVER = seedServerUrl();
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
});

describe('the reader and the embed in the reader’s language', () => {
	it('shows /embed/<slug>?lang=fr with French interface text and dates', async () => {
		const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`${SERVER}/embed/${SLUG}?lang=fr`);
		await page.waitForSelector('.reader[data-interactive]');
		expect(await page.getAttribute('html', 'lang')).toBe('fr');
		expect(await page.getAttribute('.zoom-controls button >> nth=0', 'aria-label')).toBe(
			'Zoom avant'
		);
		// What a screen reader hears of the chart is French too: its name, its keys, the span.
		expect(await page.getAttribute('.dl-viewport', 'aria-label')).toMatch(
			/^Chronologie : .+: \+ et − pour zoomer/
		);
		expect(await page.locator('.reader .span').first().textContent()).toMatch(
			/Zoom \d+ %, affichage :/
		);
		const dates = await page.$$eval('.labels .date', (ds) => ds.map((d) => d.textContent ?? ''));
		expect(dates.length).toBeGreaterThan(0);
		expect(dates.join(' ')).not.toMatch(/March|June|late /);
		// Every event's date, as the list of events (for screen readers and print) gives it.
		expect(await page.locator('body').textContent()).toContain('fin mars 2020');
		expect(await page.locator('a', { hasText: 'Lire sur Dateline' }).count()).toBe(1);
		await page.screenshot({ path: artifactPath('languages-embed-fr-360.png') });
		expect(errors).toEqual([]);
		await context.close();
	});

	it('answers a reader whose browser asks for German (Accept-Language: de) in German', async () => {
		const context = await browser.newContext({
			viewport: { width: 1280, height: 900 },
			extraHTTPHeaders: { 'Accept-Language': 'de-DE,de;q=0.9,en;q=0.5' }
		});
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		const response = await page.goto(`${SERVER}/t/${SLUG}`);
		expect(response?.headers()['vary']).toMatch(/Accept-Language/i);
		await page.waitForSelector('.reader[data-interactive]');
		expect(await page.getAttribute('html', 'lang')).toBe('de');
		expect((await page.locator('.meta').innerText()).trim()).toMatch(
			/26\. Juni 2020\s*·\s*7 Ereignisse/
		);
		expect(await page.locator('button.open').innerText()).toBe('Einbetten');
		expect(await page.getAttribute('.dl-viewport', 'aria-label')).toMatch(
			/^Zeitleiste: .+: \+ und − zoomen/
		);
		await page.locator('.labels button').first().click();
		const card = page.locator('[data-event-card]');
		await card.waitFor();
		expect(await card.locator('dt').first().innerText()).toBe('Wann');
		expect(await page.locator('.axis text').allInnerTexts()).not.toContain('March');
		await page.screenshot({ path: artifactPath('languages-reader-de-1280.png') });
		expect(errors).toEqual([]);
		await context.close();
	});

	it('lets a reader pick a language on the page, which holds for the next timeline they open', async () => {
		const context = await browser.newContext({
			viewport: { width: 360, height: 740 },
			hasTouch: true,
			isMobile: true,
			extraHTTPHeaders: { 'Accept-Language': 'en-GB,en;q=0.9' }
		});
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`${SERVER}/t/${SLUG}?event=x`);
		await page.waitForSelector('.reader[data-interactive]');
		const nav = page.getByRole('navigation', { name: 'Language' });
		expect(await nav.getByRole('link').allInnerTexts()).toEqual([
			'English',
			'Français',
			'Deutsch',
			'Español'
		]);
		expect(await nav.getByRole('link', { name: 'English' }).getAttribute('aria-current')).toBe(
			'true'
		);
		// The link keeps the page's other options and names its language for screen readers.
		const french = nav.getByRole('link', { name: 'Français' });
		expect(await french.getAttribute('href')).toBe(`/t/${SLUG}?event=x&lang=fr`);
		expect(await french.getAttribute('lang')).toBe('fr');
		await page.screenshot({ path: artifactPath('languages-links-360.png') });
		await french.tap();
		await page.waitForURL(/lang=fr/);
		await page.waitForSelector('.reader[data-interactive]');
		expect(await page.getAttribute('html', 'lang')).toBe('fr');
		expect(await page.locator('button.open').innerText()).toBe('Intégrer');
		const langue = page.getByRole('navigation', { name: 'Langue' });
		expect(await langue.getByRole('link', { name: 'Français' }).getAttribute('aria-current')).toBe(
			'true'
		);
		// The next page opened without ?lang= stays in the language picked, not the browser's.
		await page.goto(`${SERVER}/t/${SLUG}`);
		await page.waitForSelector('.reader[data-interactive]');
		expect(await page.getAttribute('html', 'lang')).toBe('fr');
		// An embed's lang option is the publisher's, not the reader's pick: it changes no cookie.
		await page.goto(`${SERVER}/embed/${SLUG}?lang=de`);
		await page.goto(`${SERVER}/t/${SLUG}`);
		expect(await page.getAttribute('html', 'lang')).toBe('fr');
		expect(errors).toEqual([]);
		await context.close();
	});
});

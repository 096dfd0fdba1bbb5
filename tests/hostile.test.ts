import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOME_WORDS } from '../src/lib/i18n/home';
import { launchBrowser } from './support/browser';
import { artifactPath, freshDataDir, startServer, type Server } from './support/server';
import { followRequests } from './support/requests';

const PAYLOAD = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
let server: Server;
let browser: Browser;

beforeAll(async () => {
	const data = freshDataDir();
	writeFileSync(
		join(data, 'articles', 'hostile.md'),
		`---\ntitle: Breaking ${PAYLOAD}\nsource: "</title><script>window.__pwned=1</script>"\npublished: 2020-06-26\n---\n` +
			`The council ${PAYLOAD} voted in 2019 to close the plant.\n\n` +
			`"Quote ${PAYLOAD}," she said in late March. The mayor resigned last year.\n`
	);
	mkdirSync(join(data, 'timelines'), { recursive: true });
	writeFileSync(
		join(data, 'articles', 'broken.md'),
		'---\ntitle: Broken\nsource: Wire\npublished: 2020-06-26\n---\nThe plant closed in 2019.\n'
	);
	writeFileSync(
		join(data, 'timelines', 'broken.json'),
		JSON.stringify({
			events: [
				{ id: 'x', title: 'T', summary: '', source: { article: 'broken', start: 0, end: 1 } }
			]
		})
	);
	server = await startServer({ DATELINE_DATA: data });
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

describe('hostile article text', () => {
	for (const path of ['/', '/t/hostile', '/embed/hostile?article=1']) {
		it(`is shown as text, never run, on ${path}`, async () => {
			const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
			const requests = followRequests(page);
			await page.goto(`${server.url}${path}`);
			await requests.settled();
			expect(
				await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
			).toBeUndefined();
			expect(await page.locator('img[src="x"]').count()).toBe(0);
			expect(await page.locator('body').textContent()).toContain(
				'<script>window.__pwned=1</script>'
			);
			if (path === '/t/hostile') {
				expect(await page.locator('.labels li').count()).toBeGreaterThanOrEqual(3);
				await page.screenshot({ path: artifactPath('hostile-1280.png') });
			}
			await page.close();
		});
	}

	it('a broken timeline file shows the editor the file, the event and the field', async () => {
		const page = await browser.newPage();
		const response = await page.goto(`${server.url}/t/broken`);
		expect(response?.status()).toBe(500);
		expect(await page.locator('h1').textContent()).toMatch(
			/data\/timelines\/broken\.json: events\[0\] \(id "x"\): start: expected a fuzzy date/
		);
		expect((await page.locator('body').textContent())!).not.toMatch(/at .*\.js:\d+/);
		await page.close();
	});
});

describe('the Problems in data/ box in the reader’s language', () => {
	for (const [lang, accept] of [
		['fr', 'fr-FR,fr;q=0.9,en;q=0.5'],
		['de', 'de-DE,de;q=0.9'],
		['es', 'es-ES,es;q=0.9']
	] as const) {
		it(`says what is wrong in ${lang}, the validator's own words marked English (${lang === 'es' ? '360 touch' : '1280'})`, async () => {
			const phone = lang === 'es';
			const context = await browser.newContext({
				viewport: phone ? { width: 360, height: 740 } : { width: 1280, height: 900 },
				locale: lang,
				extraHTTPHeaders: { 'Accept-Language': accept },
				...(phone && { hasTouch: true, isMobile: true })
			});
			const page = await context.newPage();
			await page.goto(server.url);
			const w = HOME_WORDS[lang];
			const box = page.getByRole('region', { name: w.problemsHeading });
			await box.waitFor();
			const broken = box.locator('li', { hasText: 'data/timelines/broken.json' });
			expect(await broken.locator('.level').textContent()).toBe(
				w.problemLine(w.problemLevels.error!, w.servings.nothing!)
			);
			const said = (await box.textContent())!.replace(/\s+/g, ' ');
			for (const english of ['Problems in data', 'For editors', 'Broken', 'serving'])
				expect(said).not.toContain(english);
			expect(await broken.locator('ul').getAttribute('lang')).toBe('en');
			await box.scrollIntoViewIfNeeded();
			await page.screenshot({ path: artifactPath(`hostile-problems-${lang}.png`) });
			await context.close();
		});
	}

	it('keeps a title of long unbroken words inside a 360 px phone on the home page', async () => {
		const context = await browser.newContext({
			viewport: { width: 360, height: 740 },
			hasTouch: true,
			isMobile: true
		});
		const page = await context.newPage();
		await page.goto(server.url);
		const title = page.locator('main li a', { hasText: '<script>' }).first();
		await title.waitFor();
		const overflow = await page.evaluate(() => ({
			page: document.documentElement.scrollWidth - window.innerWidth,
			items: [...document.querySelectorAll('main li')].map((li) => li.scrollWidth - li.clientWidth)
		}));
		expect(overflow.page).toBeLessThanOrEqual(0);
		expect(Math.max(...overflow.items)).toBeLessThanOrEqual(0);
		await page.screenshot({ path: artifactPath('hostile-home-360.png') });
		await context.close();
	});
});

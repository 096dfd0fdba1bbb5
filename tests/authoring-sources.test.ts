import { readFileSync, rmSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { text as readAll } from 'node:stream/consumers';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, landmarkViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { addEditors, api, signedInPage, signIn } from './support/editor';
import { artifactPath, emptyDataDir, startServer, type Server } from './support/server';

/**
 * The editor's other ways in and out, in a real browser: a second article fetched from its
 * address (a local news server, let through by the test-only fetch allowance) merged into a
 * timeline, its sources in the editor and the reader; a file dropped on /new with a guessed
 * date to confirm; TimelineJS files imported and a bad one refused by row and column; every
 * export downloaded; undo, redo, split and adding an event from a sentence.
 */
const EDITOR = { email: 'cam@newsroom.example', password: 'amber lantern quiet' };
const fixture = (name: string) => readFileSync(resolve('tests/fixtures', name), 'utf8');
let server: Server;
let news: HttpServer;
let newsUrl: string;
let browser: Browser;
let dataDir: string;
let slug: string;

beforeAll(async () => {
	// The "internet": a second outlet's page, with its navigation, ads and captions.
	news = createServer((req, res) => {
		if (req.url === '/local/harbor-bridge-detours-end') {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(fixture('second-news-page.html'));
		} else {
			res.writeHead(404).end();
		}
	});
	await new Promise<void>((done) => news.listen(0, '127.0.0.1', done));
	newsUrl = `http://127.0.0.1:${(news.address() as AddressInfo).port}`;
	dataDir = emptyDataDir();
	server = await startServer({ DATELINE_DATA: dataDir, DATELINE_TEST_FETCH_ORIGINS: newsUrl });
	await addEditors(server, [EDITOR]);
	browser = await launchBrowser();
	// The first article's timeline, made through the API as /new makes it.
	const cookie = await signIn(server.url, EDITOR.email, EDITOR.password);
	const read = await (
		await api(server.url, cookie, '/api/ingest', {
			method: 'POST',
			body: { kind: 'file', name: 'bridge.html', content: fixture('news-page.html') }
		})
	).json();
	const created = await (
		await api(server.url, cookie, '/api/timelines', {
			method: 'POST',
			body: { article: { ...read, url: read.url } }
		})
	).json();
	slug = created.slug;
	for (;;) {
		const job = await (await api(server.url, cookie, `/api/jobs/${created.job}`)).json();
		if (job.state === 'done') break;
		if (job.state === 'failed') throw new Error(job.error);
		await new Promise((r) => setTimeout(r, 200));
	}
}, 240_000);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	await new Promise((done) => (news ? news.close(done) : done(null)));
	if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const signedIn = (viewport = { width: 1280, height: 900 }) =>
	signedInPage(browser, server.url, EDITOR, viewport);

const rows = (page: Page) => page.locator('[data-event-editor]');

async function openEditor(page: Page, at = slug) {
	await page.goto(`${server.url}/t/${at}/edit`);
	await page.waitForSelector('[data-event-editor]', { timeout: 30_000 });
}

describe('several articles, one timeline', () => {
	it('adds an article fetched from its address; the happening both tell lists both sources', async () => {
		const { context, page, errors } = await signedIn();
		await openEditor(page);
		const before = await rows(page).count();
		await page.click('summary:has-text("Add another article")');
		const panel = page.locator('[data-add-article]');
		await panel.locator('[data-url]').fill(`${newsUrl}/local/harbor-bridge-detours-end`);
		await panel.getByRole('button', { name: 'Fetch' }).click();
		// The page's metadata fills the details; Readability leaves its chrome out.
		await expect.poll(() => panel.locator('input[type="date"]').inputValue()).toBe('2023-09-15');
		expect(await panel.locator('label:has-text("Source") input').inputValue()).toBe('Bay Courier');
		const text = await panel.locator('[data-article-text]').inputValue();
		expect(text).toContain('The city closed the Harbor Bridge on Sept. 3, 2021');
		expect(text).not.toMatch(/Sponsored|cookies|More local news|Bay Courier photo|Ferry fares/);
		expect(await panel.locator('[data-date-warning]').count()).toBe(0);
		await panel.getByRole('button', { name: 'Add to this timeline' }).click();
		await page.waitForSelector('.notice:has-text("Added “Two years of detours")', {
			timeout: 30_000
		});
		expect(await page.locator('.notice').textContent()).toMatch(/[1-9]\d* of them already here/);
		await expect.poll(() => rows(page).count()).toBeGreaterThan(before);

		// The bridge's closing, told by both outlets, is one event with both sentences.
		const closedIds = () =>
			rows(page).evaluateAll((all) =>
				all
					.filter((r) =>
						r.querySelector<HTMLTextAreaElement>('textarea.title')!.value.startsWith('City closed')
					)
					.map((r) => r.getAttribute('data-event-editor'))
			);
		await expect.poll(closedIds).toHaveLength(1);
		const closed = page.locator(`[data-event-editor="${(await closedIds())[0]}"]`);
		await closed.locator('.sources summary').click();
		expect(await closed.locator('.sources summary').textContent()).toBe('2 source sentences');
		const quotes = closed.locator('.sources blockquote');
		expect(await quotes.nth(1).textContent()).toContain('Bay Courier:');
		expect(await quotes.nth(1).textContent()).toContain('The city closed the Harbor Bridge');
		// Each sentence is linked: "Show in the article" focuses it in the article beside.
		await closed.getByRole('button', { name: /Show in the article.*Bay Courier/ }).click();
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
			.toContain('The city closed the Harbor Bridge on Sept. 3, 2021');
		expect(await page.locator('.article h3:has-text("Two years of detours")').count()).toBe(1);
		await page.screenshot({ path: artifactPath('authoring-sources-edit-1280.png') });
		await expect
			.poll(() => page.locator('.bar .status').textContent(), { timeout: 15_000 })
			.toBe('All changes saved');

		// Published, the reader's card names the other outlet and links to its sentence.
		await page.click('button:has-text("Publish")');
		await page.waitForSelector('.notice:has-text("Published revision")');
		const id = await closed.getAttribute('data-event-editor');
		const reader = await context.newPage();
		await reader.goto(`${server.url}/t/${slug}#${id}`);
		await reader.waitForSelector('.card .sources');
		const link = reader.locator('.card .sources a[data-source-elsewhere]');
		expect(await link.textContent()).toContain('Bay Courier');
		const href = (await link.getAttribute('href'))!;
		expect(href).toMatch(/^https:\/\/courier\.example\/local\/harbor-bridge-detours-end#:~:text=/);
		expect(decodeURIComponent(href.split('#:~:text=')[1]!)).toContain('The city closed');
		expect(await reader.locator('.card blockquote.elsewhere').textContent()).toContain(
			'The city closed the Harbor Bridge on Sept. 3, 2021'
		);
		// The first article's own sentence still jumps to it in the page.
		await reader.locator('.card .sources button.source').first().click();
		await expect
			.poll(() => reader.evaluate(() => document.activeElement?.id ?? ''))
			.toMatch(/^sentence-\d+$/);
		await reader.screenshot({ path: artifactPath('authoring-sources-reader-1280.png') });
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('files in and out', () => {
	it('reads a dropped file on /new and holds a guessed date until it is confirmed', async () => {
		const { context, page, errors } = await signedIn();
		const text =
			'Council approves new library\n\nThe city council approved the new library on Tuesday, ' +
			'after voting it down in March 2022. Construction will begin in the spring.';
		await page.evaluate((content) => {
			const data = new DataTransfer();
			data.items.add(new File([content], 'library.txt', { type: 'text/plain' }));
			const zone = document.querySelector('section[aria-label="The article"]')!;
			zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true }));
			zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true }));
		}, text);
		await page.waitForSelector('[data-article-text]');
		expect(await page.inputValue('[data-article-text]')).toContain('approved the new library');
		// No date on the page: the guess is flagged and the timeline cannot be made yet.
		const warning = page.locator('[data-date-warning]');
		await warning.waitFor();
		const create = page.getByRole('button', { name: 'Create the timeline' });
		expect(await create.isDisabled()).toBe(true);
		await page.fill('input[type="date"]', '2023-05-10');
		await expect.poll(() => warning.count()).toBe(0);
		await expect.poll(() => create.isDisabled()).toBe(false);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('names the row and column of a bad TimelineJS sheet, then imports a good file', async () => {
		const { context, page, errors } = await signedIn();
		const chooser = page.locator('section[aria-label="The article"] input[type="file"]');
		await chooser.setInputFiles({
			name: 'broken-sheet.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(
				'Year,Month,Day,Headline,Text\n2019,4,,Bounties offered,Text\n2020,13,2,Bad month,Text\n'
			)
		});
		const problem = page.locator('.dl-problem');
		await problem.waitFor();
		expect(await problem.textContent()).toMatch(/broken-sheet\.csv: row 3: Month/);
		expect(page.url()).toMatch(/\/new$/);

		await chooser.setInputFiles(resolve('src/lib/interchange/fixtures/apollo.timelinejs.json'));
		await page.waitForURL(/\/t\/[a-z0-9-]+\/edit$/, { timeout: 30_000 });
		await page.waitForSelector('[data-event-editor]');
		const imported = /\/t\/([a-z0-9-]+)\/edit$/.exec(page.url())![1]!;
		const source = JSON.parse(
			readFileSync('src/lib/interchange/fixtures/apollo.timelinejs.json', 'utf8')
		);
		expect(await rows(page).count()).toBe(source.events.length);

		// Every export format downloads, named for the timeline.
		for (const [format, check] of [
			[
				'json',
				(body: string) => expect(JSON.parse(body).events).toHaveLength(source.events.length)
			],
			[
				'timelinejs',
				(body: string) => expect(JSON.parse(body).events[0]).toHaveProperty('start_date')
			],
			['csv', (body: string) => expect(body.split('\r\n')[0]).toMatch(/^"Year","Month","Day"/)],
			['ics', (body: string) => expect(body).toMatch(/^BEGIN:VCALENDAR/)]
		] as const) {
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.click(`a[data-export="${format}"]`)
			]);
			expect(download.suggestedFilename()).toMatch(new RegExp(`^${imported}\\.`));
			// Read through the connection: a Chromium the suite connected to keeps its own path.
			check(await readAll(await download.createReadStream()));
		}
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('editing', () => {
	it('splits, undoes and redoes, and adds an event from a chosen sentence', async () => {
		const { context, page, errors } = await signedIn();
		await openEditor(page);
		const count = await rows(page).count();
		await rows(page).first().getByRole('button', { name: 'Split' }).click();
		await expect.poll(() => rows(page).count()).toBe(count + 1);
		await page.getByRole('button', { name: /^Undo/ }).click();
		await expect.poll(() => rows(page).count()).toBe(count);
		await page.getByRole('button', { name: 'Redo' }).click();
		await expect.poll(() => rows(page).count()).toBe(count + 1);
		// The keyboard's undo, outside a text field.
		await page.locator('body').click({ position: { x: 2, y: 300 } });
		await page.keyboard.press('Control+z');
		await expect.poll(() => rows(page).count()).toBe(count);

		const sentence = page.locator('.article .sentence:has-text("Commuters said the closure")');
		await sentence.click();
		await page.getByRole('button', { name: 'Add an event from this sentence' }).click();
		await expect.poll(() => rows(page).count()).toBe(count + 1);
		await page.waitForSelector('.notice:has-text("Added")');
		expect(await sentence.evaluate((n) => n.classList.contains('used'))).toBe(true);
		// Its sentence gives no date: the row asks for one instead of passing the story's day off
		// as the article's.
		await expect.poll(() => page.locator('[data-event-editor] [data-undated]').count()).toBe(1);
		// The new event's title has the focus, in view, ready to be corrected.
		await expect
			.poll(() =>
				page.evaluate(() => {
					const field = document.activeElement;
					const row = field?.closest('[data-event-editor]');
					const box = field?.getBoundingClientRect();
					return !!row && field!.matches('textarea') && box!.top >= 0 && box!.bottom <= innerHeight;
				})
			)
			.toBe(true);
		// Titled as the extractor titles a sentence: words to correct, with no ellipsis stored
		// (it was the sentence's first ten words and '…').
		const title = await page.evaluate(() => (document.activeElement as HTMLTextAreaElement).value);
		expect(title).not.toContain('…');
		expect(title).toMatch(/^Commuters said closure had added/);
		await page.evaluate(() => (document.activeElement as HTMLElement).blur());
		await page.keyboard.press('Control+z');
		await expect.poll(() => rows(page).count()).toBe(count);
		// A sentence the extractor reads, one of whose events was deleted: that event comes back
		// with its headline and the day its paragraph gives, not the sentence's first ten words
		// and the page's own day, nor a copy of the event the sentence still has.
		const ribbon = await rows(page).evaluateAll((all) =>
			all.findIndex((row) => /ribbon/.test(row.querySelector('textarea')?.value ?? ''))
		);
		expect(ribbon).toBeGreaterThanOrEqual(0);
		await rows(page).nth(ribbon).getByRole('button', { name: 'Delete' }).click();
		await expect.poll(() => rows(page).count()).toBe(count - 1);
		await page.locator('.article .sentence:has-text("who cut the ribbon on Thursday")').click();
		await page.getByRole('button', { name: 'Add an event from this sentence' }).click();
		await expect.poll(() => rows(page).count()).toBe(count);
		const added = await page.locator('.notice:has-text("Added")').textContent();
		expect(added).not.toContain('…');
		expect(added).toMatch(/Park.*ribbon/i);
		expect(errors).toEqual([]);
		await context.close();
	});

	for (const viewport of [
		{ width: 360, height: 740 },
		{ width: 1280, height: 900 }
	]) {
		it(`keeps /new and /edit whole, keyboard-usable and axe-clean at ${viewport.width} px`, async () => {
			const { context, page } = await signedIn(viewport);
			const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
			await page.screenshot({
				path: artifactPath(`authoring-new-${viewport.width}-source.png`),
				fullPage: true
			});
			expect(await overflow()).toBeLessThanOrEqual(0);
			expect(await accessibilityViolations(page)).toEqual([]);
			// The file chooser is reached by keyboard and shows where focus is.
			await page.focus('[data-paste]');
			// The read button waits for text, so the next stop is the file chooser.
			await page.keyboard.press('Tab');
			const ring = await page.evaluate(() => {
				const input = document.activeElement as HTMLInputElement;
				const label = input.closest('label');
				return `${input.type} ${label ? getComputedStyle(label).outlineStyle : 'none'}`;
			});
			expect(ring).toBe('file solid');

			await openEditor(page);
			expect(await overflow()).toBeLessThanOrEqual(0);
			// Title fields show the whole title: never past the window, never scrolled inside.
			const cut = await page.$$eval(
				'textarea.title, #timeline-title',
				(inputs) =>
					inputs.filter(
						(i) =>
							i.getBoundingClientRect().right > innerWidth + 0.5 ||
							i.scrollHeight > i.clientHeight + 1
					).length
			);
			expect(cut).toBe(0);
			// From the title, the keyboard reaches the downloads, then opens "Add another article".
			// (A published timeline has Unpublish between them: the stops are counted, not fixed.)
			await page.focus('#timeline-title');
			const focused = () =>
				page.evaluate(() => {
					const at = document.activeElement!;
					return `${at.textContent?.trim()} ${getComputedStyle(at).outlineStyle}`;
				});
			const passed: string[] = [];
			for (let i = 0; i < 8 && !passed.at(-1)?.startsWith('Add another article'); i++) {
				await page.keyboard.press('Tab');
				passed.push(await focused());
			}
			expect(passed.at(-1)).toBe('Add another article solid');
			expect(passed.slice(0, -1).join(' | ')).toMatch(/Calendar \(\.ics\) solid/);
			await page.keyboard.press('Enter');
			await page.locator('[data-add-article] [data-paste]').waitFor();
			await page.screenshot({ path: artifactPath(`authoring-edit-${viewport.width}-top.png`) });
			await rows(page)
				.first()
				.evaluate((row) => row.scrollIntoView({ block: 'start' }));
			await page.screenshot({ path: artifactPath(`authoring-edit-${viewport.width}-events.png`) });
			if (viewport.width > 900) {
				// Beside the list, the article stays in view as the events scroll past.
				await rows(page)
					.last()
					.evaluate((row) => row.scrollIntoView({ block: 'start' }));
				const article = (await page.locator('section.article').boundingBox())!;
				expect(article.y).toBeGreaterThanOrEqual(0);
				expect(article.y).toBeLessThan(viewport.height / 2);
			}
			expect(await accessibilityViolations(page)).toEqual([]);
			expect(await landmarkViolations(page)).toEqual([]);
			// Publish and the other main buttons keep their contrast in the dark scheme too.
			await page.emulateMedia({ colorScheme: 'dark' });
			expect(await accessibilityViolations(page)).toEqual([]);
			await page.screenshot({ path: artifactPath(`authoring-edit-${viewport.width}-dark.png`) });
			await context.close();
		});
	}
});

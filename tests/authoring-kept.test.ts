import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { addEditors, api, signedInPage, signIn } from './support/editor';
import { startGateProxy } from './support/gate-proxy';
import { artifactPath, emptyDataDir, startServer, type Server } from './support/server';

/**
 * What the browser keeps for an editor, in real Chromium on the built server: the New
 * timeline form across a reload and a closed tab, until the timeline is made; and a save sent
 * as the editor's page is left, landing after the reloaded page read the draft.
 */
const EDITOR = { email: 'dee@newsroom.example', password: 'lighthouse keeper tea' };
const newsPage = readFileSync(resolve('tests/fixtures/news-page.html'), 'utf8');
let app: Server;
let proxy: Awaited<ReturnType<typeof startGateProxy>>;
/** The site as the browser reaches it: through the proxy, the origin the app is told it has. */
let server: { url: string };
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
	dataDir = emptyDataDir();
	proxy = await startGateProxy(() => app.url);
	app = await startServer({ DATELINE_DATA: dataDir, ORIGIN: proxy.url });
	await addEditors(app, [EDITOR]);
	server = { url: proxy.url };
	browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
	await browser?.close();
	await proxy?.close();
	await app?.stop();
	if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const kept = (page: Page) =>
	page.evaluate(`localStorage.getItem('dateline:new:${EDITOR.email}') ?? ''`) as Promise<string>;
const titleField = (page: Page) => page.locator('label:has-text("Title") input');

describe('the New timeline page keeps its form in the browser', () => {
	it('gives back a pasted article and the corrected fields after a reload and a closed tab, and forgets them once the timeline is made', async () => {
		const { context, page, errors } = await signedInPage(browser, server.url, EDITOR);
		await page.fill('[data-paste]', newsPage);
		await expect.poll(() => kept(page)).toContain('Harbor bridge reopens');
		await page.reload();
		await page.waitForSelector('main[data-interactive]');
		await expect.poll(() => page.inputValue('[data-paste]')).toBe(newsPage);

		await page.getByRole('button', { name: 'Read the pasted article' }).click();
		await expect
			.poll(() => titleField(page).inputValue())
			.toBe('Harbor bridge reopens after two-year repair');
		await titleField(page).fill('Harbor bridge: the repair');
		await expect.poll(() => kept(page)).toContain('Harbor bridge: the repair');
		await page.reload();
		await expect.poll(() => titleField(page).inputValue()).toBe('Harbor bridge: the repair');
		expect(await page.inputValue('input[type="date"]')).toBe('2023-09-14');
		expect(await page.inputValue('[data-article-text]')).toContain(
			'Inspectors first flagged the corrosion in March 2021'
		);

		// The tab is closed (or crashed): a new one on /new finds the same form.
		await page.close();
		const again = await context.newPage();
		again.on('pageerror', (e) => errors.push(e.message));
		await again.goto(`${server.url}/new`);
		await expect.poll(() => titleField(again).inputValue()).toBe('Harbor bridge: the repair');
		await again.screenshot({ path: artifactPath('authoring-new-kept-1280.png'), fullPage: true });

		await Promise.all([
			again.waitForURL(/\/t\/[a-z0-9-]+\/edit$/),
			again.getByRole('button', { name: 'Create the timeline' }).click()
		]);
		expect(await kept(again)).toBe('');
		await again.goto(`${server.url}/new`);
		// Hydrated: the form kept in this browser, if any, has been read back by now.
		await again.waitForSelector('main[data-interactive]');
		expect(await again.inputValue('[data-paste]')).toBe('');
		expect(await kept(again)).toBe('');
		expect(errors).toEqual([]);
		proxy.setGate(async () => {});
		await context.close();
	});
});

describe('a save sent as the editor’s page is left', () => {
	it('landing after the reload read the draft is known as this browser’s own: no conflict, the edits made since saved on top', async () => {
		const cookie = await signIn(server.url, EDITOR.email, EDITOR.password);
		const read = await (
			await api(server.url, cookie, '/api/ingest', {
				method: 'POST',
				body: { kind: 'file', name: 'bridge.html', content: newsPage }
			})
		).json();
		const created = await (
			await api(server.url, cookie, '/api/timelines', { method: 'POST', body: { article: read } })
		).json();
		const draftOf = async () =>
			(await api(server.url, cookie, `/api/timelines/${created.slug}/draft`)).json();
		await expect.poll(async () => (await draftOf()).revision).toBe(1);

		const { context, page, errors } = await signedInPage(browser, server.url, EDITOR);
		// The save sent as the page goes is held on its way until the reloaded page has read
		// the draft (the order a slow network or a busy server gives); the reloaded page's own
		// saves wait until it has landed.
		let leavingSave: (() => void) | null = null;
		let landed: () => void = () => {};
		const hasLanded = new Promise<void>((done) => (landed = done));
		const bodies: string[] = [];
		proxy.setGate(async (method, path, body) => {
			if (method !== 'PUT' || !path.endsWith('/draft')) return;
			bodies.push(body);
			if (!leavingSave) return new Promise<void>((release) => (leavingSave = release));
			await hasLanded;
		});
		await page.goto(`${server.url}/t/${created.slug}/edit`);
		await page.waitForSelector('main[data-interactive] [data-event-editor]');
		const title = page.locator('#timeline-title');
		await title.fill('Sent as the page went');
		await page.reload();
		await page.waitForSelector('[data-event-editor]');
		await expect.poll(() => title.inputValue()).toBe('Sent as the page went');
		expect(leavingSave).not.toBeNull();
		// Only the changes went, not the timeline.
		expect(JSON.parse(bodies[0]!)).toMatchObject({
			base: 1,
			changes: { fields: { title: 'Sent as the page went' } }
		});
		expect(bodies[0]).not.toContain('"document"');

		const answers: number[] = [];
		page.on('response', (r) => {
			if (r.request().method() === 'PUT') answers.push(r.status());
		});
		await title.fill('Sent as the page went, and more');
		leavingSave!();
		await expect.poll(async () => (await draftOf()).revision).toBe(2);
		landed();

		await expect
			.poll(() => page.locator('.bar .status').textContent(), { timeout: 20_000 })
			.toBe('All changes saved');
		expect(await page.locator('section.conflict').count()).toBe(0);
		const saved = await draftOf();
		expect(saved.revision).toBe(3);
		expect(saved.document.title).toBe('Sent as the page went, and more');
		// The reloaded page's first save was refused, naming revision 2: its own, so it went on.
		expect(answers).toEqual([409, 200]);
		await page.screenshot({ path: artifactPath('authoring-left-save-1280.png') });
		expect(errors).toEqual([]);
		proxy.setGate(async () => {});
		await context.close();
	});
});

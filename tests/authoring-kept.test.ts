import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { addEditor, signedInPage } from './support/editor';
import { artifactPath, emptyDataDir, startServer, type Server } from './support/server';

/**
 * What the browser keeps for an editor, in real Chromium on the built server: the New
 * timeline form across a reload and a closed tab, until the timeline is made.
 */
const EDITOR = { email: 'dee@newsroom.example', password: 'lighthouse keeper tea' };
const newsPage = readFileSync(resolve('tests/fixtures/news-page.html'), 'utf8');
let server: Server;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
	dataDir = emptyDataDir();
	addEditor(dataDir, EDITOR.email, EDITOR.password);
	server = await startServer({ DATELINE_DATA: dataDir });
	browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
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
		await page.waitForLoadState('networkidle');
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
		await again.waitForLoadState('networkidle');
		expect(await again.inputValue('[data-paste]')).toBe('');
		expect(await kept(again)).toBe('');
		expect(errors).toEqual([]);
		await context.close();
	});
});

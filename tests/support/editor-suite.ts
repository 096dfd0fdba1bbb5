import { rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser } from './browser';
import { addEditors, api, signIn } from './editor';
import { emptyDataDir, startServer, type Server } from './server';
import { started } from './started';

type Editor = { email: string; password: string };

/** A court story of four events as a TimelineJS sheet: one of them known only to the month. */
export const COURT_SHEET = [
	'Year,Month,Day,Headline,Text',
	'2018,3,12,Judge ruled the contract void,The judge ruled the contract void.',
	'2019,5,2,Council appealed the ruling,The council appealed.',
	'2020,1,,Appeal court heard the case,The appeal court heard the case.',
	'2021,7,9,Settlement reached,Both sides settled.'
].join('\n');

/**
 * An editors' suite: the built server on a data folder of its own with no articles (each test
 * imports the timelines it needs, so the server starts in seconds), its editors made as an
 * administrator makes them while it runs, the first one's session cookie for API calls, and Chromium.
 * Started before the suite's tests and stopped after them; read its fields inside a test.
 */
export function editorSuite(editors: [Editor, ...Editor[]]) {
	let server: Server | undefined;
	let browser: Browser | undefined;
	let dataDir: string | undefined;
	let cookie = '';
	beforeAll(async () => {
		dataDir = emptyDataDir();
		server = await startServer({ DATELINE_DATA: dataDir });
		await addEditors(server, editors);
		cookie = await signIn(server.url, editors[0].email, editors[0].password);
		browser = await launchBrowser();
	}, 240_000);
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
		if (dataDir) rmSync(dataDir, { recursive: true, force: true });
	});
	return {
		get url() {
			return started(server, 'server').url;
		},
		get browser() {
			return started(browser, 'browser');
		},
		/** The first editor's session: `name=value`. */
		get cookie() {
			return cookie;
		},
		/** A timeline of its own for a test: a file (a sheet, TimelineJS or Dateline JSON) imported as `/new` imports one; its slug. */
		async importFile(name: string, content: string): Promise<string> {
			const response = await api(this.url, cookie, '/api/imports', {
				method: 'POST',
				body: { name, content }
			});
			if (response.status !== 201)
				throw new Error(`import: ${response.status} ${await response.text()}`);
			return ((await response.json()) as { slug: string }).slug;
		},
		/** The draft as the editor's page reads it: `{ revision, document, … }`. */
		async draft(slug: string) {
			// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reads what it asserts
			return (await (await api(this.url, cookie, `/api/timelines/${slug}/draft`)).json()) as any;
		},
		/** Publishes a revision of a timeline, its newest by default, as Publish does. */
		async publish(slug: string, revision?: number): Promise<void> {
			revision ??= (await this.draft(slug)).revision as number;
			const response = await api(this.url, cookie, `/api/timelines/${slug}/publish`, {
				method: 'POST',
				body: { revision }
			});
			if (!response.ok) throw new Error(`publish: ${response.status} ${await response.text()}`);
		}
	};
}

/** Waits until the editor's bar says every change is saved. */
export async function allSaved(page: Page): Promise<void> {
	await expect
		.poll(() => page.locator('.bar .status').textContent(), { timeout: 15_000 })
		.toBe('All changes saved');
}

/**
 * Saves the draft now, as an editor does with Ctrl+S, and waits until the bar says every change
 * is saved: for a row that tests something else than the autosave, which would send the same
 * 1.5 s after the last edit, a pause each such row sat out.
 */
export async function saveNow(page: Page): Promise<void> {
	await page.keyboard.press('Control+s');
	await allSaved(page);
}

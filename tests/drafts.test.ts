import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { addEditor, api, signedInPage, signIn } from './support/editor';
import { artifactPath, emptyDataDir, startServer, type Server } from './support/server';

/**
 * What an editor does with a timeline besides editing it, in real Chromium on the built server:
 * finding their drafts from the home page. Timelines are imported from a sheet, so the server
 * starts in seconds.
 */
const EDITOR = { email: 'dee@newsroom.example', password: 'copper kettle harbour' };
let server: Server;
let browser: Browser;
let dataDir: string;
let cookie: string;

const SHEET = [
	'Year,Month,Day,Headline,Text',
	'2018,3,12,Judge ruled the contract void,The judge ruled the contract void.',
	'2019,5,2,Council appealed the ruling,The council appealed.'
].join('\n');

/** A timeline of its own for a test, imported from the sheet: an unpublished draft. */
async function importTimeline(name: string): Promise<string> {
	const response = await api(server.url, cookie, '/api/imports', {
		method: 'POST',
		body: { name, content: SHEET }
	});
	if (response.status !== 201)
		throw new Error(`import: ${response.status} ${await response.text()}`);
	return ((await response.json()) as { slug: string }).slug;
}

async function publish(slug: string, revision: number) {
	const response = await api(server.url, cookie, `/api/timelines/${slug}/publish`, {
		method: 'POST',
		body: { revision }
	});
	if (!response.ok) throw new Error(`publish: ${response.status} ${await response.text()}`);
}

beforeAll(async () => {
	dataDir = emptyDataDir();
	addEditor(dataDir, EDITOR.email, EDITOR.password);
	server = await startServer({ DATELINE_DATA: dataDir });
	cookie = await signIn(server.url, EDITOR.email, EDITOR.password);
	browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('the home page for editors', () => {
	it('lists unpublished drafts apart from the published timelines, each linking to its editor; readers see none', async () => {
		const draft = await importTimeline('court-fight.csv');
		const live = await importTimeline('published-story.csv');
		await publish(live, 1);

		const { context, page, errors } = await signedInPage(browser, server.url, EDITOR, {
			width: 360,
			height: 740
		});
		await page.goto(server.url);
		const drafts = page.getByRole('region', { name: 'Drafts' });
		const entry = drafts.locator(`[data-draft="${draft}"]`);
		await expect.poll(() => entry.count()).toBe(1);
		expect(await entry.textContent()).toMatch(
			new RegExp(
				`Not published · last\\s+edited by ${EDITOR.email}, \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC`
			)
		);
		// Published as it stands: in the public list, not among the drafts.
		expect(await drafts.locator(`[data-draft="${live}"]`).count()).toBe(0);
		await page.screenshot({ path: artifactPath('drafts-home-360.png'), fullPage: true });

		// The link is reachable by keyboard and opens the draft's editor.
		const link = entry.getByRole('link');
		await link.focus();
		await Promise.all([
			page.waitForURL((u) => u.pathname === `/t/${draft}/edit`),
			page.keyboard.press('Enter')
		]);
		expect(errors).toEqual([]);
		await context.close();

		// A reader, not signed in, gets the published list only.
		const reader = await (await fetch(server.url)).text();
		expect(reader).not.toContain('Drafts');
		expect(reader).not.toContain(draft);
		expect(reader).toContain(live);
	});
});

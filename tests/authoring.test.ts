import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signedInPage } from './support/editor';
import { editorSuite, saveNow } from './support/editor-suite';
import { artifactPath } from './support/server';

/**
 * An editor's whole path in a real browser on the built server and its own store: sign in,
 * paste a saved news page, correct a date by typing it, merge two events, reload mid-edit and
 * find the draft, publish, read it and embed it; then two editors at once.
 */
const EDITORS = [
	{ email: 'ana@newsroom.example', password: 'correct horse battery' },
	{ email: 'ben@newsroom.example', password: 'staple paper clip ink' }
] as const;
const suite = editorSuite([...EDITORS]);
const newsPage = readFileSync(resolve('tests/fixtures/news-page.html'), 'utf8');
let slug: string;

const signedIn = (
	editor: { email: string; password: string } = EDITORS[0],
	viewport = { width: 1280, height: 900 }
) => signedInPage(suite.browser, suite.url, editor, viewport);

const eventRows = (page: Page) => page.locator('[data-event-editor]');
const status = (page: Page) => page.locator('.bar .status');

describe('authoring', () => {
	it('turns a pasted news page into a published timeline, correcting it on the way', async () => {
		const { context, page, errors } = await signedIn();
		await page.fill('[data-paste]', newsPage);
		await page.getByRole('button', { name: 'Read the pasted article' }).click();
		// The page's metadata fills the fields; Readability leaves the chrome out.
		await expect.poll(() => page.inputValue('input[type="date"]')).toBe('2023-09-14');
		expect(await page.locator('label:has-text("Title") input').inputValue()).toBe(
			'Harbor bridge reopens after two-year repair'
		);
		expect(await page.locator('label:has-text("Source") input').inputValue()).toBe(
			'The Coastal Ledger'
		);
		const text = await page.inputValue('[data-article-text]');
		expect(text).toContain('Inspectors first flagged the corrosion in March 2021');
		expect(text).not.toMatch(/Advertisement|Subscribe|Photo: Sam Lee|Read more/);
		await page.waitForSelector('.preview :text("dated events")');
		await page.screenshot({ path: artifactPath('authoring-new-1280.png'), fullPage: true });

		await Promise.all([
			page.waitForURL(/\/t\/[a-z0-9-]+\/edit$/),
			page.getByRole('button', { name: 'Create the timeline' }).click()
		]);
		slug = /\/t\/([a-z0-9-]+)\/edit$/.exec(page.url())![1]!;
		await page.waitForSelector('[data-event-editor]', { timeout: 30_000 });
		const before = await eventRows(page).count();
		expect(before).toBeGreaterThan(3);

		// Fix one date by typing it: the field says how it reads before it is used.
		const row = eventRows(page).first();
		const start = row.locator('.date-field').first();
		await start.locator('input').fill('late March 2021');
		await expect
			.poll(() => start.locator('.reading').textContent())
			.toContain('late March 2021 · Mar 21, 2021 – Mar 31, 2021');
		await start.locator('input').press('Enter');
		const fixedId = await row.getAttribute('data-event-editor');

		// Merge two events: one row stays, listing both sentences.
		const mergedId = await eventRows(page).nth(1).getAttribute('data-event-editor');
		await eventRows(page).nth(1).locator('.pick input').check();
		await eventRows(page).nth(2).locator('.pick input').check();
		await page.click('button:has-text("Merge 2 selected")');
		await expect.poll(() => eventRows(page).count()).toBe(before - 1);
		expect(await page.locator('.sources summary:has-text("2 source sentences")').count()).toBe(1);
		await saveNow(page);

		// Reload mid-edit, before the autosave: the draft comes back from this browser.
		const title = page.locator('#timeline-title');
		await title.fill('Harbor Bridge: the repair, month by month');
		await page.reload();
		await page.waitForSelector('[data-event-editor]');
		await expect
			.poll(() => page.locator('#timeline-title').inputValue())
			.toBe('Harbor Bridge: the repair, month by month');
		await expect
			.poll(() => status(page).textContent(), { timeout: 15_000 })
			.toBe('All changes saved');
		await page.screenshot({ path: artifactPath('authoring-edit-1280.png'), fullPage: true });

		await page.click('button:has-text("Publish")');
		await page.waitForSelector('.notice:has-text("Published revision")');

		// Readers and the embed see the published, corrected timeline.
		const reader = await context.newPage();
		await reader.goto(`${suite.url}/t/${slug}`);
		await expect
			.poll(() => reader.locator('h1').textContent())
			.toBe('Harbor Bridge: the repair, month by month');
		await reader.click(`[data-event="${fixedId}"]`);
		await reader.waitForSelector('.card :text("late March 2021")');
		// The merged event's card lists both sentences that told it.
		await reader.click(`[data-event="${mergedId}"]`);
		await reader.waitForSelector('.card .sources :text("sentence 2")');
		await reader.goto(`${suite.url}/embed/${slug}`);
		await reader.waitForSelector(`[data-event="${fixedId}"]`);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('leads an editor from the home page to a new timeline, and from a reader to its editor', async () => {
		const anonymous = await suite.browser.newPage();
		await anonymous.goto(suite.url);
		const editors = anonymous.getByRole('navigation', { name: 'Editors' });
		await editors.getByRole('link', { name: 'Sign in' }).click();
		await anonymous.waitForURL(/\/signin/);
		await anonymous.goto(`${suite.url}/t/${slug}`);
		expect(await anonymous.getByRole('link', { name: 'Edit' }).count()).toBe(0);
		await anonymous.close();

		const { context, page } = await signedIn();
		await page.goto(suite.url);
		const nav = page.getByRole('navigation', { name: 'Editors' });
		expect(await nav.textContent()).toContain(`Signed in as ${EDITORS[0]!.email}`);
		// The server's page writes links relative to the page ("./new"): where it leads is what counts.
		const newTimeline = nav.getByRole('link', { name: 'New timeline' });
		expect(await newTimeline.evaluate((a) => (a as HTMLAnchorElement).pathname)).toBe('/new');
		expect(await nav.getByRole('link', { name: 'Sign out' }).count()).toBe(1);
		await page.goto(`${suite.url}/t/${slug}`);
		await page.getByRole('link', { name: 'Edit' }).click();
		await page.waitForURL(new RegExp(`/t/${slug}/edit$`));
		await page.waitForSelector('[data-event-editor]');
		// A reader's page in another language names its link to the editor in that language too.
		await page.goto(`${suite.url}/t/${slug}?lang=de`);
		await page.getByRole('link', { name: 'Bearbeiten' }).click();
		await page.waitForURL(new RegExp(`/t/${slug}/edit$`));
		await context.close();
	});

	it('keeps a date the editor only passes through, and warns before a typed one is dropped', async () => {
		const { context, page } = await signedIn();
		await page.fill(
			'[data-paste]',
			'Temporary ferry service across the river will start on Monday. The old bridge closed in 2019.'
		);
		await page.getByRole('button', { name: 'Read the pasted article' }).click();
		await page.locator('label:has-text("Title") input').fill('Riverton ferry');
		await page.locator('label:has-text("Source") input').fill('The Riverton Record');
		await page.locator('input[type="date"]').fill('2024-03-20');
		await Promise.all([
			page.waitForURL(/\/t\/[a-z0-9-]+\/edit$/),
			page.getByRole('button', { name: 'Create the timeline' }).click()
		]);
		const ferrySlug = /\/t\/([a-z0-9-]+)\/edit$/.exec(page.url())![1]!;
		await page.waitForSelector('[data-event-editor]', { timeout: 30_000 });
		const draftStart = () =>
			page.evaluate(
				async (s) =>
					(
						(await (await fetch(`/api/timelines/${s}/draft`)).json()).document.events as {
							title: string;
							start: { value: string };
						}[]
					).find((e) => /ferry/i.test(e.title))?.start.value,
				ferrySlug
			);
		// "will start on Monday", published on a Wednesday: the Monday after.
		expect(await draftStart()).toBe('2024-03-25');
		const at = await eventRows(page).evaluateAll((rows) =>
			rows.findIndex((r) => /ferry/i.test(r.querySelector('textarea')?.value ?? ''))
		);
		const row = eventRows(page).nth(at);
		const start = row.locator('.date-field').first();
		// The field says what is stored, not "Monday" read again without its sentence.
		await expect.poll(() => start.locator('.reading').textContent()).toContain('Mar 25, 2024');
		// Passing through the field changes nothing.
		const input = start.locator('input');
		await input.click();
		await input.press('End');
		await input.press('Space');
		await input.press('Backspace');
		await input.press('Tab');
		// The preview readers' chart follows an edited title once typing pauses.
		await row.locator('textarea.title').fill('Ferry to cross the river');
		await expect
			.poll(() => page.locator('.preview').textContent(), { timeout: 10_000 })
			.toContain('Ferry to cross the river');
		// Once the title's edit is saved, any change the pass made is saved too (a save sends every
		// change since the saved revision), so the draft is read then, not after a guessed pause.
		await expect
			.poll(() =>
				page.evaluate(
					async (s) =>
						(
							(await (await fetch(`/api/timelines/${s}/draft`)).json()).document.events as {
								title: string;
							}[]
						).some((e) => e.title === 'Ferry to cross the river'),
					ferrySlug
				)
			)
			.toBe(true);
		expect(await draftStart()).toBe('2024-03-25');
		// A date typed and not yet used: leaving the page asks first.
		await input.fill('April 15, 2024');
		const asked = new Promise<string>((done) =>
			page.once('dialog', (dialog) => {
				done(dialog.type());
				void dialog.dismiss().catch(() => {});
			})
		);
		void page.reload().catch(() => {});
		expect(await asked).toBe('beforeunload');
		await context.close();
	});

	it('shows a phone the same editor, usable at 360 px', async () => {
		const { context, page } = await signedIn(EDITORS[0], { width: 360, height: 740 });
		await page.waitForSelector('[data-paste]');
		await page.screenshot({ path: artifactPath('authoring-new-360.png'), fullPage: true });
		expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBe(0);
		await page.goto(`${suite.url}/t/${slug}/edit`);
		await page.waitForSelector('[data-event-editor]');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.screenshot({ path: artifactPath('authoring-edit-360.png'), fullPage: false });
		await context.close();
	});

	it('never lets a second editor overwrite the first: the two versions are merged by hand', async () => {
		const a = await signedIn(EDITORS[0]);
		const b = await signedIn(EDITORS[1]);
		for (const { page } of [a, b]) {
			await page.goto(`${suite.url}/t/${slug}/edit`);
			await page.waitForSelector('[data-event-editor]').catch(async (e: Error) => {
				const seen = (await page.locator('body').innerText()).slice(0, 400);
				throw new Error(`${e.message}\nat ${page.url()} the page said: ${seen}`);
			});
		}
		await a.page.locator('#timeline-title').fill('Title from Ana');
		await saveNow(a.page);

		// Ben retitles the timeline too (both changed it: a question) and an event (Ana did not
		// touch it: merged by itself).
		await b.page.locator('#timeline-title').fill('Title from Ben <img src=x onerror=alert(1)>');
		const row = eventRows(b.page).first();
		const id = await row.getAttribute('data-event-editor');
		await row.locator('textarea.title').fill('Event title from Ben <img src=x onerror=alert(1)>');
		await b.page.waitForSelector('.conflict', { timeout: 15_000 });
		expect(await b.page.locator('.conflict h2').textContent()).toContain('ana@newsroom.example');
		// The panel opens below the row Ben was editing, and he goes on typing there (the bar's
		// status says it to a screen reader).
		expect(await b.page.locator(`[data-event-editor="${id}"] + li .conflict`).count()).toBe(1);
		expect(
			await b.page.evaluate(() =>
				document.activeElement?.closest('[data-event-editor]')?.getAttribute('data-event-editor')
			)
		).toBe(id);
		const top = await b.page.locator('.conflict h2').evaluate((h) => h.getBoundingClientRect().top);
		const bar = await b.page
			.locator('header.bar')
			.evaluate((h) => h.getBoundingClientRect().bottom);
		expect(top).toBeGreaterThanOrEqual(bar);
		expect(top).toBeLessThan(900);
		await b.page.screenshot({ path: artifactPath('authoring-conflict-1280.png'), fullPage: true });
		// Ben is asked about the title alone, takes Ana's, and keeps his event.
		expect(await b.page.locator('.conflict fieldset[data-conflict]').count()).toBe(0);
		await b.page.check('.conflict fieldset:has(legend:text("Title")) input[value="theirs"]');
		// The button, not the sentence above it that says the same words.
		await b.page.getByRole('button', { name: 'Save the merged version' }).click();
		await expect
			.poll(() => status(b.page).textContent(), { timeout: 15_000 })
			.toBe('All changes saved');
		// …and no stale "Saving…" line stays once the save has ended.
		await expect.poll(() => b.page.locator('main .notice').count()).toBe(0);

		const draft = await b.page.evaluate(
			async (s) => (await fetch(`/api/timelines/${s}/draft`)).json(),
			slug
		);
		expect(draft.document.title).toBe('Title from Ana');
		expect(draft.document.events.find((e: { id: string }) => e.id === id).title).toBe(
			'Event title from Ben <img src=x onerror=alert(1)>'
		);
		// Hostile text is shown as text, never run.
		expect(await b.page.locator('img[src="x"]').count()).toBe(0);
		expect([...a.errors, ...b.errors]).toEqual([]);
		await a.context.close();
		await b.context.close();
	});

	it('takes the dates the extractor writes, bounded ones too, and names what it cannot read', async () => {
		const { context, page, errors } = await signedIn();
		await page.goto(`${suite.url}/t/${slug}/edit`);
		await page.waitForSelector('[data-event-editor]');
		// Rows list the least certain first: an event is found by its row's id.
		const stored = (id: string | null) =>
			page.evaluate(
				async ([s, id]) =>
					(
						(await (await fetch(`/api/timelines/${s}/draft`)).json()).document.events as {
							id: string;
							start: { text: string; value: string; mod?: string };
						}[]
					).find((e) => e.id === id)?.start,
				[slug, id] as const
			);
		// A corrected date keeps the article's words for readers; the field then shows words that
		// read back as the editor's date.
		for (const [i, typed, reading, value, mod, shown] of [
			[
				0,
				'before 2031',
				'before 2031 · Jan 1, 2030 – Dec 31, 2030',
				'2031',
				'BEFORE',
				'before 2031'
			],
			[
				1,
				'by mid-1993',
				'on or before mid-1993 · Jul 4, 1992 – Jun 30, 1993',
				'1993-H1',
				'ON_OR_BEFORE',
				'by mid-1993'
			],
			[2, 'c. 1850', 'about 1850 · Jul 2, 1849 – Jul 2, 1851', '1850', 'APPROX', 'about 1850']
		] as const) {
			const row = eventRows(page).nth(i);
			const id = await row.getAttribute('data-event-editor');
			const start = row.locator('.date-field').first();
			await start.locator('input').fill(typed);
			await expect.poll(() => start.locator('.reading').textContent()).toContain(reading);
			expect(await start.locator('input').getAttribute('aria-invalid')).toBeNull();
			await start.locator('input').press('Enter');
			await saveNow(page);
			await expect.poll(() => stored(id)).toMatchObject({ value, mod });
			expect(await start.locator('input').inputValue()).toBe(shown);
		}
		const start = eventRows(page).nth(3).locator('.date-field').first();
		await start.locator('input').fill('sometime 2031ish');
		await expect
			.poll(() => start.locator('.reading').textContent())
			.toContain(
				'Dateline reads “2031” but not “sometime” before it or “ish” after it: remove them.'
			);
		expect(await start.locator('input').getAttribute('aria-invalid')).toBe('true');
		await start.locator('.reading').scrollIntoViewIfNeeded();
		await page.screenshot({ path: artifactPath('authoring-date-refused-1280.png') });
		await start.locator('input').press('Escape');
		expect(errors).toEqual([]);
		await context.close();
	});
});

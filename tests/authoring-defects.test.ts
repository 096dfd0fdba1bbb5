import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { api, signedInContext, signedInPage } from './support/editor';
import { COURT_SHEET, editorSuite, saveNow } from './support/editor-suite';
import { artifactPath } from './support/server';
import { tap } from './support/touch';

/**
 * Defects new editors found in the editor, in real Chromium on the built server: one editor in
 * two tabs, where the merge appears, what History says. Timelines are imported from a sheet, so
 * the server starts in seconds.
 */
const EDITOR = { email: 'eve@newsroom.example', password: 'paper lantern river' };
const suite = editorSuite([EDITOR]);

const SHEET = COURT_SHEET;

/** A timeline of its own for a test: imported from the sheet, as `/new` imports a file. */
const importTimeline = (name: string) => suite.importFile(name, SHEET);

const rows = (page: Page) => page.locator('[data-event-editor]');
const status = (page: Page) => page.locator('.bar .status');

/** A timeline's editor, signed in and ready for input, with the page's errors collected. */
async function openEditor(
	slug: string,
	viewport?: { width: number; height: number },
	device: { hasTouch?: boolean; isMobile?: boolean } = {}
) {
	const opened = await signedInContext(suite.browser, suite.url, EDITOR, viewport, device);
	await opened.page.goto(`${suite.url}/t/${slug}/edit`);
	await opened.page.waitForSelector('main[data-interactive] [data-event-editor]');
	return opened;
}

/**
 * A row's window and context options at a size it runs at: a desk's (keyboard and mouse) or,
 * below 900 px, a phone's (touch, laid out as a phone's browser lays it out).
 */
const windowOf = (width: number, height: number) =>
	[{ width, height }, width < 900 ? { hasTouch: true, isMobile: true } : {}] as const;

/** The sizes a row runs at when it runs at two: a desk's, then a phone's. */
const WINDOWS = [
	[1280, 900],
	[360, 740]
] as const;

/** A page of the editor's own, signed in, at a size and with that size's input (`windowOf`). */
const signedInAt = (width: number, height: number) =>
	signedInPage(suite.browser, suite.url, EDITOR, ...windowOf(width, height));

/** One editor with the timeline's editor open in two tabs of one browser. */
async function twoTabs(slug: string, viewport?: { width: number; height: number }) {
	const { context, page: first, errors } = await openEditor(slug, viewport);
	const second = await context.newPage();
	second.on('pageerror', (e) => errors.push(e.message));
	await second.goto(`${suite.url}/t/${slug}/edit`);
	await second.waitForSelector('main[data-interactive] [data-event-editor]');
	return { context, first, second, errors };
}

/** Saves the merged version the panel holds, and waits until it is saved. */
async function saveMerged(page: Page) {
	await page.getByRole('button', { name: 'Save the merged version' }).click();
	await saveNow(page);
}

/** An event as the server holds it in the draft. */
async function storedEvent(slug: string, id: string | null) {
	const draft = await suite.draft(slug);
	return draft.document.events.find((e: { id: string }) => e.id === id) as {
		title: string;
		start: { value: string; earliest: string };
	};
}

/**
 * Types a start date into the event at `i` as an editor does: the field says how it read it
 * (`reading`), and Enter uses it; the event's id, once it is saved.
 */
async function typeStart(page: Page, i: number, typed: string, reading: string) {
	const row = rows(page).nth(i);
	const id = (await row.getAttribute('data-event-editor'))!;
	const start = row.locator('.date-field').first();
	await start.locator('input').fill(typed);
	await expect.poll(() => start.locator('.reading').textContent()).toContain(reading);
	expect(await start.locator('input').getAttribute('aria-invalid')).toBeNull();
	await start.locator('input').press('Enter');
	await saveNow(page);
	return id;
}

describe('one editor in two tabs', () => {
	it('is told the other save was their own, in another tab, and still merges', async () => {
		const slug = await importTimeline('two-tabs.csv');
		const { context, first, second, errors } = await twoTabs(slug);
		await first.locator('#timeline-title').fill('Title from the first tab');
		await saveNow(first);

		// Both tabs retitle the timeline (a question to settle); the event merges by itself.
		await second.locator('#timeline-title').fill('Title from the second tab');
		const row = rows(second).first();
		const id = await row.getAttribute('data-event-editor');
		await row.locator('textarea.title').fill('Event title from the second tab');
		await second.waitForSelector('.conflict', { timeout: 15_000 });
		expect(await status(second).textContent()).toBe('You saved this in another tab: merge below');
		expect(await second.locator('.conflict h2').textContent()).toContain(
			'You saved this timeline in another tab'
		);
		expect(await second.locator('main').textContent()).not.toMatch(/another editor/i);
		await second.screenshot({ path: artifactPath('authoring-two-tabs-1280.png'), fullPage: true });

		await second.check('.conflict fieldset:has(legend:text("Title")) input[value="theirs"]');
		await saveMerged(second);
		expect((await suite.draft(slug)).document.title).toBe('Title from the first tab');
		expect((await storedEvent(slug, id)).title).toBe('Event title from the second tab');
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('the merge after a conflict', () => {
	it('opens below the event being edited, leaves the editor typing there, and keeps what is typed on', async () => {
		const slug = await importTimeline('merge-in-place.csv');
		const { context, first, second, errors } = await twoTabs(slug, { width: 1280, height: 700 });
		// The first tab retitles the timeline (merged by itself) and the last row, far below the
		// top of the page, which the second tab then retitles its own way (a question).
		await first.locator('#timeline-title').fill('Retitled in the first tab');
		await rows(first).last().locator('textarea.title').fill('Settled in the first tab');
		await saveNow(first);

		const row = rows(second).last();
		const id = (await row.getAttribute('data-event-editor'))!;
		const title = row.locator('textarea.title');
		await title.fill('Settlement reached in court');
		await second.waitForSelector('.conflict', { timeout: 15_000 });
		// Right below that row, its own difference listed first.
		expect(await second.locator(`[data-event-editor="${id}"] + li .conflict`).count()).toBe(1);
		expect(await second.locator('.conflict fieldset').first().getAttribute('data-conflict')).toBe(
			id
		);
		// Focus stays in the title being typed; the panel's heading is in view below the bar.
		expect(
			await second.evaluate(() =>
				document.activeElement?.closest('[data-event-editor]')?.getAttribute('data-event-editor')
			)
		).toBe(id);
		const heading = await second
			.locator('.conflict h2')
			.evaluate((h) => [h.getBoundingClientRect().top, h.getBoundingClientRect().bottom]);
		const bar = await second
			.locator('header.bar')
			.evaluate((h) => h.getBoundingClientRect().bottom);
		expect(heading[0]).toBeGreaterThanOrEqual(bar);
		expect(heading[1]).toBeLessThanOrEqual(700);
		await second.screenshot({ path: artifactPath('authoring-merge-in-place-1280.png') });

		// Typing on, beside the panel, is in the merged version.
		await title.press('End');
		await title.pressSequentially(', at last');
		await expect
			.poll(() =>
				second.locator(`.conflict fieldset[data-conflict="${id}"] .what`).first().textContent()
			)
			.toBe('Settlement reached in court, at last');
		// Only the event is asked about, nothing chosen: the title merged by itself.
		expect(await second.locator('.conflict fieldset').count()).toBe(1);
		expect(await second.locator('.conflict input[type="radio"]:checked').count()).toBe(0);
		await second.check(`.conflict fieldset[data-conflict="${id}"] input[value="mine"]`);
		await saveMerged(second);
		expect((await suite.draft(slug)).document.title).toBe('Retitled in the first tab');
		expect((await storedEvent(slug, id)).title).toBe('Settlement reached in court, at last');
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('History', () => {
	it('says on each row what the revision changed, in the page’s language', async () => {
		const slug = await importTimeline('history.csv');
		const { context, page, errors } = await openEditor(slug);
		const titled = async (title: string) =>
			rows(page).nth(
				await rows(page).evaluateAll(
					(all, t) => all.findIndex((r) => r.querySelector('textarea')?.value === t),
					title
				)
			);
		await (
			await titled('Judge ruled the contract void')
		)
			.locator('textarea.title')
			.fill('Judge ruled the contract void in March, after a hearing');
		await saveNow(page);
		// Both deletes in one task, so they fall in one save (the draft saves 1.5 s after the last
		// change): two clicks in a row were two saves, and two revisions, whenever a loaded
		// machine paused longer than that between them.
		const deletes = await Promise.all(
			['Council appealed the ruling', 'Settlement reached'].map(async (title) =>
				(await titled(title)).getByRole('button', { name: 'Delete' }).elementHandle()
			)
		);
		await page.evaluate((buttons) => buttons.forEach((b) => (b as HTMLElement).click()), deletes);
		await saveNow(page);
		await page.getByRole('button', { name: 'Publish' }).click();
		await page.waitForSelector('.notice:has-text("Published revision")');
		await page.getByRole('button', { name: 'History', exact: true }).click();
		const said = (p: Page) =>
			p
				.locator('.history li')
				.evaluateAll((items) =>
					items.map((li) => li.querySelector('[data-changes]')?.textContent?.trim())
				);
		await expect.poll(() => said(page)).toHaveLength(3);
		const [removed, edited, imported] = await said(page);
		expect(removed).toMatch(/^Removed 2 events · Published \d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
		expect(edited).toBe('Edited the title of “Judge ruled the contract void in March…”');
		expect(imported).toBe('Imported, 4 events');
		await page.locator('.history').screenshot({ path: artifactPath('authoring-history-1280.png') });

		await page.goto(`${suite.url}/t/${slug}/edit?lang=fr`);
		await page.waitForSelector('[data-event-editor]');
		// The page speaks French: its History button too.
		await page.getByRole('button', { name: 'Historique', exact: true }).click();
		await expect.poll(() => said(page)).toHaveLength(3);
		expect((await said(page))[1]).toBe(
			'Titre de « Judge ruled the contract void in March… » modifié'
		);
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('History’s restore', () => {
	it('says readers still see the published revision until Publish shows them the restored one (360 px, touch)', async () => {
		const slug = await importTimeline('restore-published.csv');
		const { context, page, errors } = await openEditor(
			slug,
			{ width: 360, height: 740 },
			{ hasTouch: true, isMobile: true }
		);
		await rows(page).first().locator('textarea.title').fill('A wrong title, published');
		await saveNow(page);
		await tap(page, 'button:text-is("Publish")');
		await page.waitForSelector('.notice:has-text("Published revision 2")');
		await tap(page, 'button:text-is("History")');
		await page.waitForSelector('[data-revision="1"]');
		const restore = '[data-revision="1"] button:has-text("Restore revision 1")';
		await page.locator(restore).scrollIntoViewIfNeeded();
		await tap(page, restore);
		// Undone in the draft, but not for readers: the line says so, and what to do.
		await expect
			.poll(() => page.locator('.notice').textContent())
			.toMatch(
				/^\s*Revision 1 restored as revision 3\. Readers still see revision 2: Publish to show them this one\.\s*$/
			);
		await page.screenshot({ path: artifactPath('authoring-restore-published-360.png') });
		await tap(page, 'button:text-is("Publish")');
		await page.waitForSelector('.notice:has-text("Published revision 3")');
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('an imported timeline’s byline', () => {
	it('is the file’s own credit or nothing: never the file’s name or the day of the import', async () => {
		const plain = await importTimeline('no-credit.csv');
		const credited = await suite.importFile(
			'credited.json',
			JSON.stringify({
				title: {
					text: { headline: 'Credited ruling' },
					media: { credit: 'Ana Ruiz, The Ledger' }
				},
				events: [{ start_date: { year: 2018, month: 3, day: 12 }, text: { headline: 'Ruled' } }]
			})
		);
		for (const slug of [plain, credited]) await suite.publish(slug);
		const page = await suite.browser.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`${suite.url}/t/${plain}`);
		expect((await page.locator('header .meta').textContent())?.trim()).toBe('4 events');
		await page.screenshot({ path: artifactPath('imported-byline-1280.png') });
		await page.goto(`${suite.url}/t/${credited}`);
		expect((await page.locator('header .meta').textContent())?.trim()).toBe(
			'Ana Ruiz, The Ledger · 1 event'
		);
		await page.goto(suite.url);
		const listed = (slug: string) =>
			page.locator(`li:has(a[href$="/t/${slug}"]) .meta`).first().textContent();
		expect((await listed(plain))?.trim()).toBe('');
		expect((await listed(credited))?.trim()).toBe('Ana Ruiz, The Ledger');
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('an imported sheet’s dates on the reader’s card', () => {
	it('quote words “as written” only when the sheet gave a Display Date', async () => {
		const slug = await suite.importFile(
			'display-dates.csv',
			[
				'Year,Month,Day,Display Date,Headline,Text',
				'2018,3,12,,Judge ruled,The judge ruled.',
				'2019,5,,Spring 2019,Council appealed,The council appealed.'
			].join('\n')
		);
		await suite.publish(slug);
		const draft = await suite.draft(slug);
		const ids = (draft.document.events as { id: string; title: string }[]).map((e) => e.id);
		const page = await suite.browser.newPage();
		await page.goto(`${suite.url}/t/${slug}`);
		const card = page.locator('.card');
		await page.click(`[data-event="${ids[0]}"]`);
		await expect.poll(() => card.locator('h2').textContent()).toBe('Judge ruled');
		expect(await card.locator('dt').allTextContents()).not.toContain('As written');
		expect(await card.textContent()).not.toContain('“2018-03-12”');
		await page.screenshot({ path: artifactPath('imported-card-no-words-1280.png') });
		await page.click(`[data-event="${ids[1]}"]`);
		await expect.poll(() => card.locator('h2').textContent()).toBe('Council appealed');
		expect(await card.locator('dd').allTextContents()).toContain('“Spring 2019”');
		await page.close();
	});
});

describe('the date field', () => {
	it('takes a winter across two years and a week of a month, saying what it understood', async () => {
		const slug = await importTimeline('date-spans.csv');
		const { context, page, errors } = await openEditor(slug);
		for (const [i, typed, reading, value, earliest] of [
			[
				0,
				'the winter of 2018-19',
				'winter 2018–19 · Dec 1, 2018 – Feb 28, 2019',
				'2018-WI',
				'2018-12-01T00:00:00.000Z'
			],
			[
				1,
				'the first week of May 2021',
				'first week of May 2021 · May 1, 2021 – May 7, 2021',
				'2021-05',
				'2021-05-01T00:00:00.000Z'
			]
		] as const) {
			const id = await typeStart(page, i, typed, reading);
			await expect
				.poll(async () => (await storedEvent(slug, id)).start)
				.toMatchObject({ value, earliest });
		}
		const start = rows(page).nth(2).locator('.date-field').first();
		await start.locator('input').fill('the fifth week of May 2021');
		await expect
			.poll(() => start.locator('.reading').textContent())
			.toContain('“the fifth week of May 2021”');
		expect(await start.locator('input').getAttribute('aria-invalid')).toBe('true');
		await start.locator('.reading').scrollIntoViewIfNeeded();
		await page.screenshot({ path: artifactPath('authoring-date-spans-1280.png') });
		await start.locator('input').press('Escape');
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('the date field, as a new editor types', () => {
	it('takes “the seventh of August 2019” and “January of this year”, this year being the story’s', async () => {
		const slug = await importTimeline('date-words.csv');
		const { context, page, errors } = await openEditor(slug);
		// An imported sheet gives no story date: relative dates count from the day of the import.
		const year = ((await suite.draft(slug)).document.published as string).slice(0, 4);
		for (const [i, typed, reading, value] of [
			[0, 'the seventh of August 2019', 'Aug 7, 2019 · Aug 7, 2019', '2019-08-07'],
			[
				1,
				'January of this year',
				`January ${year} · Jan 1, ${year} – Jan 31, ${year}`,
				`${year}-01`
			]
		] as const) {
			const id = await typeStart(page, i, typed, reading);
			await expect.poll(async () => (await storedEvent(slug, id)).start.value).toBe(value);
		}
		await page.screenshot({ path: artifactPath('authoring-date-words-1280.png') });
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('a long event list', () => {
	/** A sheet of 150 events, so the list has pages and a search box. */
	const LONG_SHEET = [
		'Year,Month,Day,Headline,Text',
		...Array.from(
			{ length: 150 },
			(_, i) => `2019,${(i % 12) + 1},${(i % 28) + 1},Council vote ${i + 1},The council voted.`
		)
	].join('\n');

	it('says no event matches a search that finds none, clears it, and brings focus to the first event of the next page', async () => {
		const slug = await suite.importFile('long-list.csv', LONG_SHEET);
		for (const [width, height] of WINDOWS) {
			const { context, page, errors } = await openEditor(slug, ...windowOf(width, height));
			const find = page.getByLabel('Find an event');
			await find.fill('zebra crossing');
			const empty = page.locator('.events li.empty');
			await expect.poll(() => empty.textContent()).toContain('No event matches “zebra crossing”.');
			expect(await empty.textContent()).not.toContain('Add one');
			await empty.scrollIntoViewIfNeeded();
			await page.screenshot({ path: artifactPath(`authoring-search-none-${width}.png`) });
			await empty.getByRole('button', { name: 'Clear the search' }).click();
			await expect.poll(() => rows(page).count()).toBe(100);
			expect(await find.inputValue()).toBe('');
			expect(await page.evaluate(() => document.activeElement?.id)).toBe('find-event');

			// Next 100, from the keyboard: focus goes to the first event now shown.
			const next = page.getByRole('button', { name: 'Next 100' });
			await next.focus();
			await page.keyboard.press('Enter');
			await expect
				.poll(() => page.locator('nav[aria-label="Pages of events"] [role="status"]').textContent())
				.toBe('Events 101–150 of 150');
			const first = await rows(page).first().getAttribute('data-event-editor');
			await expect
				.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-editor')))
				.toBe(first);
			// In view, below the sticky bar.
			const [top, bar] = await Promise.all([
				rows(page)
					.first()
					.evaluate((r) => r.getBoundingClientRect().top),
				page.locator('header.bar').evaluate((h) => h.getBoundingClientRect().bottom)
			]);
			expect(top).toBeGreaterThanOrEqual(bar);
			expect(top).toBeLessThan(height);
			await page.screenshot({ path: artifactPath(`authoring-next-page-${width}.png`) });
			await page.keyboard.press('Tab');
			expect(
				await page.evaluate(() =>
					document.activeElement?.closest('[data-event-editor]')?.getAttribute('data-event-editor')
				)
			).toBe(first);
			expect(errors).toEqual([]);
			await context.close();
		}
	});
});

describe('the new timeline’s preview', () => {
	/** A pasted story of eight dated happenings, its own day in its dateline. */
	const STORY = [
		'LONDON, June 5, 2024 — The harbour bridge has a long history.',
		...[
			'January 12, 2016',
			'March 3, 2017',
			'April 9, 2018',
			'May 21, 2019',
			'July 2, 2020',
			'August 14, 2021',
			'September 30, 2022',
			'October 8, 2023'
		].map((day, i) => `On ${day}, the council held vote number ${i + 1} on the bridge.`)
	].join('\n\n');

	it('says how many more events it found than it lists', async () => {
		for (const [width, height] of WINDOWS) {
			const { context, page, errors } = await signedInAt(width, height);
			await page.fill('[data-paste]', STORY);
			await page.getByRole('button', { name: 'Read the pasted article' }).click();
			const preview = page.locator('.preview[data-state="ready"]');
			await preview.locator('strong').waitFor();
			const found = Number(/\d+/.exec((await preview.locator('strong').textContent())!)![0]);
			expect(found).toBeGreaterThan(6);
			const listed = await preview.locator('li').allTextContents();
			expect(listed).toHaveLength(7);
			expect(listed.at(-1)).toBe(`and ${found - 6} more`);
			await preview.scrollIntoViewIfNeeded();
			await page.screenshot({ path: artifactPath(`authoring-new-preview-more-${width}.png`) });
			expect(errors).toEqual([]);
			await context.close();
		}
	});

	it('asks for the publication day in words that fit the date picker, never as YYYY-MM-DD', async () => {
		const { context, page, errors } = await signedInPage(suite.browser, suite.url, EDITOR);
		// Its day guessed from the dateline: the guess is named as the picker shows a day.
		await page.fill('[data-paste]', STORY);
		await page.getByRole('button', { name: 'Read the pasted article' }).click();
		const warning = page.locator('[data-date-warning]');
		await warning.waitFor();
		expect(await warning.textContent()).not.toContain('2024-06-05');
		expect(await warning.getByRole('button').textContent()).toBe('June 5, 2024 is right');
		// Create waits for the day, and says so beside it: the warning is a screen above.
		const create = page.getByRole('button', { name: 'Create the timeline' });
		expect(await create.isDisabled()).toBe(true);
		const why = page.locator('#create-why');
		expect(await why.textContent()).toBe(
			'Check the publication day above first: its dates count from it.'
		);
		expect(await create.getAttribute('aria-describedby')).toBe('create-why');
		expect(await why.isVisible()).toBe(true);
		await page.screenshot({ path: artifactPath('authoring-new-guessed-day-1280.png') });
		await warning.getByRole('button').click();
		await expect.poll(() => create.isDisabled()).toBe(false);
		expect(await why.count()).toBe(0);
		expect(await create.getAttribute('aria-describedby')).toBeNull();

		// No day at all: the preview asks for it, in no format of its own.
		await page.getByRole('button', { name: 'Start over' }).click();
		await page.fill('[data-paste]', 'A short note with no date at all. It rained.');
		await page.getByRole('button', { name: 'Read the pasted article' }).click();
		const preview = page.locator('.preview[data-state="failed"]');
		await preview.waitFor();
		expect(await preview.textContent()).not.toMatch(/YYYY|MM-DD/);
		expect(await preview.textContent()).toContain('give the day it was published');
		await page.screenshot({ path: artifactPath('authoring-new-no-day-1280.png') });
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('publishing an event with no date of its own', () => {
	it('lists the events still to date and publishes only when told to', async () => {
		for (const [width, height] of WINDOWS) {
			const slug = await importTimeline(`undated-${width}.csv`);
			const { context, page, errors } = await openEditor(slug, ...windowOf(width, height));
			// An event from a sentence that gives no date: it holds the story's day, flagged.
			await page.locator('.article button.sentence', { hasText: 'Both sides settled.' }).click();
			await page.getByRole('button', { name: 'Add an event from this sentence' }).click();
			await expect.poll(() => rows(page).count()).toBe(5);
			await expect.poll(() => page.locator('[data-undated]').count()).toBe(1);
			await saveNow(page);

			await page.getByRole('button', { name: 'Publish', exact: true }).click();
			const ask = page.locator('main [data-undated-ask]');
			await ask.waitFor();
			expect((await ask.textContent())?.replace(/\s+/g, ' ')).toContain(
				'1 event has no date of its own yet'
			);
			expect(await ask.locator('li').allTextContents()).toEqual(['Both sides settled']);
			await page.screenshot({ path: artifactPath(`authoring-publish-undated-${width}.png`) });
			expect((await suite.draft(slug)).published).toBeNull();

			await ask.getByRole('button', { name: 'Publish anyway' }).click();
			await expect.poll(async () => (await suite.draft(slug)).published).not.toBeNull();
			expect(errors).toEqual([]);
			await context.close();
		}
	});
});

describe('Undo and Redo at the ends of the history', () => {
	it('moves focus to the other button when the pressed one turns disabled, and says what was undone (1280 keyboard, 360 touch)', async () => {
		for (const phone of [false, true]) {
			const slug = await importTimeline(`undo-focus-${phone ? 'phone' : 'desk'}.csv`);
			const { context, page, errors } = await openEditor(
				slug,
				phone ? { width: 360, height: 740 } : undefined,
				phone ? { hasTouch: true, isMobile: true } : {}
			);
			await page.locator('#timeline-title').fill('A title tried');
			await page.keyboard.press('Tab');
			const undo = page.locator('.bar .tools button', { hasText: 'Undo' });
			const redo = page.locator('.bar .tools button', { hasText: 'Redo' });
			const focused = () =>
				page.evaluate(() => {
					const el = document.activeElement!;
					return `${el.tagName.toLowerCase()}:${el.textContent?.trim()}`;
				});
			const said = page.locator('.bar [data-undo-said]');
			const press = async (name: 'Undo' | 'Redo') => {
				const button = name === 'Undo' ? undo : redo;
				if (phone) await tap(page, `.bar .tools button:has-text("${name}")`);
				else {
					await button.focus();
					await page.keyboard.press('Enter');
				}
			};

			await press('Undo');
			// The last step undone: Undo is disabled, so the keyboard is on Redo, not on the page.
			await expect.poll(() => undo.isDisabled()).toBe(true);
			await expect.poll(focused).toMatch(/^button:.*Redo/);
			expect(await said.getAttribute('role')).toBe('status');
			expect(await said.textContent()).toBe('Undone: edit the timeline title');
			expect(await page.getByRole('button', { name: 'Redo edit the timeline title' }).count()).toBe(
				1
			);
			await page.screenshot({
				path: artifactPath(`authoring-undo-focus-${phone ? 360 : 1280}.png`)
			});

			await press('Redo');
			await expect.poll(() => redo.isDisabled()).toBe(true);
			await expect.poll(focused).toMatch(/^button:.*Undo/);
			expect(await said.textContent()).toBe('Redone: edit the timeline title');
			expect(await page.locator('#timeline-title').inputValue()).toBe('A title tried');
			expect(errors).toEqual([]);
			await context.close();
		}
	});
});

describe('/new with an article that is already a timeline', () => {
	const FERRY = [
		'PORTSMOUTH, May 2, 2025 — The ferry that ran aground in March is back in service.',
		'It ran aground on March 3, 2025, and was refloated on March 9.'
	].join('\n\n');

	it('says so with a link to it, and lets the editor create another all the same (1280, 360 touch)', async () => {
		const created = await api(suite.url, suite.cookie, '/api/timelines', {
			method: 'POST',
			body: { article: { title: 'Ferry back in service', text: FERRY, published: '2025-05-02' } }
		});
		expect(created.status).toBe(202);
		const { slug } = (await created.json()) as { slug: string };
		for (const [width, height] of WINDOWS) {
			const { context, page, errors } = await signedInAt(width, height);
			// Pasted again, with a blank line more at its end.
			await page.fill('[data-paste]', `${FERRY}\n\n`);
			await page.getByRole('button', { name: 'Read the pasted article' }).click();
			const same = page.locator('[data-same-as]');
			await same.waitFor();
			// At 360 px the timeline made at 1280 px holds it too: both are named.
			expect((await same.textContent())!.replace(/\s+/g, ' ')).toContain(
				width > 900
					? 'This article is already a timeline: Ferry back in service'
					: 'This article is already in these timelines: '
			);
			const link = same.getByRole('link', { name: 'Ferry back in service', exact: true });
			expect(await link.getAttribute('href')).toBe(`/t/${slug}/edit`);
			expect(await same.getAttribute('role')).toBe('status');
			await page.screenshot({ path: artifactPath(`authoring-new-same-as-${width}.png`) });
			// Going on anyway: once the guessed day is confirmed, Create is not held back by it.
			const create = page.getByRole('button', { name: 'Create the timeline' });
			if (width < 900) {
				await page.locator('button:has-text("is right")').scrollIntoViewIfNeeded();
				await tap(page, 'button:has-text("is right")');
			} else await page.getByRole('button', { name: /is right$/ }).click();
			await expect.poll(() => create.isDisabled()).toBe(false);
			// The preview drawn above Create moves it down: a tap waits for it to be drawn.
			await page.locator('.preview[data-state="ready"] strong').waitFor();
			if (width < 900) {
				await create.scrollIntoViewIfNeeded();
				await Promise.all([
					page.waitForURL((u) => u.pathname.endsWith('/edit') && u.pathname !== `/t/${slug}/edit`),
					tap(page, 'button:text-is("Create the timeline")')
				]);
			} else {
				await create.focus();
				await Promise.all([
					page.waitForURL((u) => u.pathname.endsWith('/edit') && u.pathname !== `/t/${slug}/edit`),
					page.keyboard.press('Enter')
				]);
			}
			expect(errors).toEqual([]);
			await context.close();
		}
	});
});

/**
 * The controls a finger must hit on a page, outside the chart (its engineer's): each one's
 * target (a checkbox's or a radio's whole label) under 44 px either way, as `size name`. A link
 * or a sentence inside running text is exempt (WCAG 2.5.5), as is what is not shown, and the
 * page behind a modal dialog (inert while it is open).
 */
function smallTargets(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const controls = 'a[href], button, input, select, textarea, summary';
		const within = document.querySelector('dialog:modal') ?? document;
		return [...within.querySelectorAll<HTMLElement>(controls)].flatMap((el) => {
			if (el.closest('section.timeline') || getComputedStyle(el).display === 'inline') return [];
			const box = (el.closest('label') ?? el).getBoundingClientRect();
			if (!box.width || !box.height || (box.width >= 44 && box.height >= 44)) return [];
			const name = el.getAttribute('aria-label') ?? el.id ?? '';
			const words = (el.textContent ?? '').trim().slice(0, 30);
			return [`${Math.round(box.width)}x${Math.round(box.height)} ${el.tagName} ${name || words}`];
		});
	});
}

describe('a new editor’s whole path on a phone (360 px, touch)', () => {
	// A long article no one wrote for Dateline: WikiWars' "Nigerian Civil War" (Wikipedia,
	// CC BY-SA), 1,841 words and dozens of dates.
	const ARTICLE = readFileSync('tests/fixtures/pasted/nigerian-civil-war.txt', 'utf8');

	it('signs in, pastes, creates, corrects, undoes, publishes and opens the reader and the snippet, every control a finger’s size', async () => {
		const context = await suite.browser.newContext({
			viewport: { width: 360, height: 640 },
			hasTouch: true,
			isMobile: true
		});
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		const small: Record<string, string[]> = {};
		const look = async (step: string) => {
			await page.screenshot({ path: artifactPath(`authoring-phone-path-${step}.png`) });
			const found = await smallTargets(page);
			if (found.length) small[step] = [...new Set(found)];
		};

		await page.goto(`${suite.url}/signin?next=/new`);
		await look('signin');
		await tap(page, '#email');
		await page.keyboard.type(EDITOR.email);
		await tap(page, '#password');
		await page.keyboard.type(EDITOR.password);
		await Promise.all([
			page.waitForURL((u) => u.pathname === '/new'),
			tap(page, 'button[type="submit"]')
		]);
		await page.waitForSelector('main[data-interactive]');
		await look('new');

		await tap(page, '[data-paste]');
		await page.fill('[data-paste]', ARTICLE);
		await tap(page, 'button:text-is("Read the pasted article")');
		await page.locator('.preview[data-state="ready"] strong').waitFor({ timeout: 60_000 });
		await look('new-check');
		// The page gives no day: the extractor's guess is confirmed before Create.
		await page.locator('button:has-text("is right")').scrollIntoViewIfNeeded();
		await tap(page, 'button:has-text("is right")');
		const create = page.getByRole('button', { name: 'Create the timeline' });
		await expect.poll(() => create.isDisabled()).toBe(false);
		await create.scrollIntoViewIfNeeded();
		await Promise.all([
			page.waitForURL((u) => u.pathname.endsWith('/edit'), { timeout: 60_000 }),
			tap(page, 'button:text-is("Create the timeline")')
		]);
		const slug = new URL(page.url()).pathname.split('/')[2]!;
		await page.waitForSelector('main[data-interactive] [data-event-editor]', { timeout: 60_000 });
		await page
			.locator('details.sources')
			.first()
			.evaluate((d) => ((d as HTMLDetailsElement).open = true));
		await look('editor');

		// A title: typed over, Enter leaves the field.
		const row = (i: number) => rows(page).nth(i);
		const retitled = (await row(0).getAttribute('data-event-editor'))!;
		await row(0).locator('.title').scrollIntoViewIfNeeded();
		await tap(page, `[data-event-editor="${retitled}"] .title`);
		await page.keyboard.press('Control+A');
		await page.keyboard.type('Federal troops advance into Biafra');
		await page.keyboard.press('Enter');
		await saveNow(page);
		// A date's precision: the day's event said to a month.
		const redated = (await row(1).getAttribute('data-event-editor'))!;
		const start = `[data-event-editor="${redated}"] .date-field input >> nth=0`;
		await page.locator(start).scrollIntoViewIfNeeded();
		await tap(page, start);
		await page.keyboard.press('Control+A');
		await page.keyboard.type('June 1969');
		await page.keyboard.press('Enter');
		await saveNow(page);
		// One deleted.
		const deleted = (await row(2).getAttribute('data-event-editor'))!;
		await page
			.locator(`[data-event-editor="${deleted}"] button:text-is("Delete")`)
			.scrollIntoViewIfNeeded();
		await tap(page, `[data-event-editor="${deleted}"] button:text-is("Delete")`);
		await saveNow(page);
		// One added from a sentence of the article no event tells.
		const before = await rows(page).count();
		const sentence = page.locator('.sentence:not(.used)').nth(3);
		await sentence.scrollIntoViewIfNeeded();
		await tap(page, '.sentence:not(.used) >> nth=3');
		await tap(page, 'button:text-is("Add an event from this sentence")');
		await expect.poll(() => rows(page).count(), { timeout: 30_000 }).toBe(before + 1);
		await saveNow(page);
		await look('editor-added');

		// Undo and redo the addition, from the pinned bar.
		await tap(page, '.bar button:has(.icon:text-is("↶"))');
		await expect.poll(() => page.locator('[data-undo-said]').textContent()).toMatch(/^Undone: /);
		await expect.poll(() => rows(page).count()).toBe(before);
		await tap(page, '.bar button:has(.icon:text-is("↷"))');
		await expect.poll(() => page.locator('[data-undo-said]').textContent()).toMatch(/^Redone: /);
		await expect.poll(() => rows(page).count()).toBe(before + 1);
		await saveNow(page);
		const draft = await suite.draft(slug);
		const stored = (id: string) => draft.document.events.find((e: { id: string }) => e.id === id);
		expect(stored(retitled).title).toBe('Federal troops advance into Biafra');
		expect(stored(redated).start.value).toBe('1969-06');
		expect(stored(deleted)).toBeUndefined();

		// Published: the added sentence has no date of its own, so the editor is asked first.
		await tap(page, '.bar button:text-is("Publish")');
		const anyway = page.locator('button:text-is("Publish anyway")');
		await anyway.waitFor();
		await tap(page, 'button:text-is("Publish anyway")');
		await page.locator('.notice a').first().waitFor();
		await look('published');

		// Reopened from the home page: the reader, then the embed's snippet.
		await Promise.all([page.waitForURL((u) => u.pathname === '/'), tap(page, '.bar .dl-home')]);
		await look('home');
		// Below the other rows' drafts, a screen or more down.
		await page.locator(`main a[href="/t/${slug}"]`).scrollIntoViewIfNeeded();
		await Promise.all([
			page.waitForURL((u) => u.pathname === `/t/${slug}`),
			tap(page, `main a[href="/t/${slug}"]`)
		]);
		await page.waitForSelector('[data-interactive]');
		await look('reader');
		await tap(page, 'button:text-is("Embed")');
		const snippet = page.locator('dialog textarea');
		await snippet.waitFor();
		expect(await snippet.inputValue()).toContain(`/embed/${slug}`);
		await look('embed-dialog');
		await snippet.scrollIntoViewIfNeeded();
		await look('embed-snippet');

		expect(small).toEqual({});
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('adding an event from a sentence', () => {
	it('keeps the sentence shown with its button saying the event is being added until it is', async () => {
		const text = [
			'PORTSMOUTH, May 2, 2025 — The ferry that ran aground in March is back in service.',
			'It ran aground on March 3, 2025, and was refloated on March 9.',
			'Passengers were taken off by lifeboat.'
		].join('\n\n');
		const created = await api(suite.url, suite.cookie, '/api/timelines', {
			method: 'POST',
			body: { article: { title: 'Ferry refloated', text, published: '2025-05-02' } }
		});
		const { slug } = (await created.json()) as { slug: string };
		const { context, page, errors } = await openEditor(slug);
		const before = await rows(page).count();
		await page.locator('.sentence:text-is("Passengers were taken off by lifeboat.")').click();
		// What the addition loads is held back: the time a phone takes to read the article again.
		const held: (() => Promise<void>)[] = [];
		let holding = true;
		await page.route('**/*.js', (route) =>
			holding ? void held.push(() => route.continue()) : route.continue()
		);
		await page.getByRole('button', { name: 'Add an event from this sentence' }).click();
		const picked = page.locator('.picked');
		await expect
			.poll(() => picked.locator('button').first().textContent())
			.toBe('Adding the event…');
		expect(await picked.locator('blockquote').textContent()).toBe(
			'Passengers were taken off by lifeboat.'
		);
		holding = false;
		await Promise.all(held.map((go) => go()));
		await expect.poll(() => rows(page).count()).toBe(before + 1);
		await picked.waitFor({ state: 'detached' });
		expect(errors).toEqual([]);
		await context.close();
	});
});

import { describe, expect, it } from 'vitest';
import { api, signedInContext } from './support/editor';
import { allSaved, editorSuite, saveNow } from './support/editor-suite';
import { artifactPath } from './support/server';
import { tap } from './support/touch';

/**
 * What an editor does with a timeline besides editing it, in real Chromium on the built server:
 * finding their drafts from the home page, taking a timeline off the site, deleting one. Timelines are imported from a sheet, so the server
 * starts in seconds.
 */
const EDITOR = { email: 'dee@newsroom.example', password: 'copper kettle harbour' };
const suite = editorSuite([EDITOR]);

const SHEET = [
	'Year,Month,Day,Headline,Text',
	'2018,3,12,Judge ruled the contract void,The judge ruled the contract void.',
	'2019,5,2,Council appealed the ruling,The council appealed.'
].join('\n');

/** A timeline of its own for a test, imported from the sheet: an unpublished draft. */
const importTimeline = (name: string) => suite.importFile(name, SHEET);

const publish = (slug: string, revision: number) => suite.publish(slug, revision);

describe('the home page for editors', () => {
	it('lists unpublished drafts apart from the published timelines, each linking to its editor; readers see none', async () => {
		const draft = await importTimeline('court-fight.csv');
		const live = await importTimeline('published-story.csv');
		await publish(live, 1);

		const { context, page, errors } = await signedInContext(suite.browser, suite.url, EDITOR, {
			width: 360,
			height: 740
		});
		await page.goto(suite.url);
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
		const reader = await (await fetch(suite.url)).text();
		expect(reader).not.toContain('Drafts');
		expect(reader).not.toContain(draft);
		expect(reader).toContain(live);
	});
});

/** A timeline's editor, signed in, ready for input: on a phone at 360 px (touch) or at 1280 px. */
async function editorOf(slug: string, phone: boolean) {
	const opened = phone
		? await signedInContext(
				suite.browser,
				suite.url,
				EDITOR,
				{ width: 360, height: 740 },
				{ hasTouch: true, isMobile: true }
			)
		: await signedInContext(suite.browser, suite.url, EDITOR);
	await opened.page.goto(`${suite.url}/t/${slug}/edit`);
	await opened.page.waitForSelector('main[data-interactive] [data-event-editor]');
	return opened;
}

describe('the editor’s line under the title', () => {
	it('says the draft is what readers see once every edit is undone back to the published revision (1280 keyboard, 360 touch)', async () => {
		for (const phone of [false, true]) {
			const slug = await importTimeline(`undone-${phone ? 'phone' : 'desk'}.csv`);
			await publish(slug, 1);
			const { context, page, errors } = await editorOf(slug, phone);
			const meta = page.locator('p.meta');
			const said = async () => (await meta.textContent())?.replace(/\s+/g, ' ') ?? '';
			expect(await said()).toContain('Readers see revision 1');
			expect(await said()).toContain('the draft is what readers see');

			await page.locator('#timeline-title').fill('A title tried');
			await page.keyboard.press('Tab');
			await saveNow(page);
			expect(await said()).toContain('draft revision 2');
			expect(await said()).not.toContain('the draft is what readers see');

			if (phone) await tap(page, '.bar button:has-text("Undo")');
			else {
				await page.getByRole('button', { name: /^Undo/ }).focus();
				await page.keyboard.press('Enter');
			}
			await saveNow(page);
			// Revision 3 says what revision 1 says: no draft revision waits for Publish.
			expect((await suite.draft(slug)).revision).toBe(3);
			await expect.poll(said).toContain('Readers see revision 1');
			expect(await said()).toContain('the draft is what readers see');
			expect(await said()).not.toContain('draft revision');
			await page.screenshot({ path: artifactPath(`drafts-undone-${phone ? 360 : 1280}.png`) });
			expect(errors).toEqual([]);
			await context.close();
		}
	});

	it('still says so when the editor is opened again after the undone edits were saved (1280, 360 touch)', async () => {
		const slug = await importTimeline('undone-reopened.csv');
		await publish(slug, 1);
		const first = await editorOf(slug, false);
		await first.page.locator('#timeline-title').fill('A title tried');
		await first.page.keyboard.press('Tab');
		await saveNow(first.page);
		await first.page.keyboard.press('Control+z');
		await saveNow(first.page);
		expect((await suite.draft(slug)).revision).toBe(3);
		await first.context.close();
		// As the server writes the page, before any script runs: no revision number flickers.
		const served = await (await api(suite.url, suite.cookie, `/t/${slug}/edit`)).text();
		expect(served).toContain('the draft is what readers see');

		for (const phone of [false, true]) {
			const { context, page, errors } = await editorOf(slug, phone);
			const said = (await page.locator('p.meta').textContent())?.replace(/\s+/g, ' ') ?? '';
			expect(said).toContain('Readers see revision 1');
			expect(said).toContain('the draft is what readers see');
			expect(said).not.toContain('draft revision');
			await page.screenshot({ path: artifactPath(`drafts-reopened-${phone ? 360 : 1280}.png`) });
			expect(errors).toEqual([]);
			await context.close();
		}
	});
});

describe('saving now', () => {
	it('saves the draft at Ctrl+S without waiting for the autosave, a date still being typed included', async () => {
		const slug = await importTimeline('save-now.csv');
		const { context, page, errors } = await signedInContext(suite.browser, suite.url, EDITOR);
		await page.clock.install();
		await page.goto(`${suite.url}/t/${slug}/edit`);
		await page.waitForSelector('main[data-interactive] [data-event-editor]');
		// From here the page's timers stand still, so the autosave (1.5 s after the last edit)
		// never goes: only Ctrl+S can save.
		await page.clock.pauseAt(Date.now() + 1_000);
		const status = page.locator('.bar .status');
		await page.locator('#timeline-title').fill('Saved by the keyboard');
		await expect.poll(() => status.textContent()).toBe('Saving soon…');
		// From the title field itself: a text field's keys do not keep it from saving.
		await page.keyboard.press('Control+s');
		await allSaved(page);
		expect((await suite.draft(slug)).document.title).toBe('Saved by the keyboard');

		// A date typed and not yet used (no Enter, no Tab) is used and saved with it.
		const row = page.locator('[data-event-editor]').first();
		const id = await row.getAttribute('data-event-editor');
		await row.locator('.date-field input').first().fill('late March 2021');
		await page.keyboard.press('Control+s');
		await allSaved(page);
		const draft = await suite.draft(slug);
		expect(draft.revision).toBe(3);
		const event = draft.document.events.find((e: { id: string }) => e.id === id);
		expect(JSON.stringify(event.start)).toContain('2021-03');
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('the home page’s account line', () => {
	it('sets the Sign in link on the line of the words after it, at 1280 px and at 360 px', async () => {
		for (const viewport of [
			{ width: 1280, height: 900 },
			{ width: 360, height: 740 }
		]) {
			const page = await suite.browser.newPage({ viewport, hasTouch: viewport.width < 500 });
			await page.goto(suite.url);
			const link = page.getByRole('link', { name: 'Sign in' });
			await link.waitFor();
			// Where each one's words are drawn (the link's box is taller: a 44 px target).
			const lines = await page.evaluate(() =>
				[...document.querySelectorAll('nav.account > *')].map((el) => {
					const range = document.createRange();
					range.selectNodeContents(el);
					const box = range.getClientRects()[0]!;
					return { top: Math.round(box.top), bottom: Math.round(box.bottom) };
				})
			);
			expect(lines).toHaveLength(2);
			expect(lines[0]).toEqual(lines[1]);
			expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
			await page.screenshot({
				path: artifactPath(`home-account-${viewport.width}.png`),
				clip: { x: 0, y: 0, width: viewport.width, height: 160 }
			});
			await page.close();
		}
	});
});

/** Every public address of a timeline: its page, embed, events, preview image and oEmbed. */
const publicPaths = (slug: string) => [
	`/t/${slug}`,
	`/embed/${slug}`,
	`/t/${slug}/events.json?q=judge`,
	`/t/${slug}/preview.png`,
	`/oembed/${slug}.json`,
	`/oembed?url=${encodeURIComponent(`${suite.url}/t/${slug}`)}`
];

/** What a reader gets at each public address of a timeline: the status of each. */
async function publicAnswers(slug: string) {
	const answers: Record<string, number> = {};
	for (const path of publicPaths(slug)) answers[path] = (await fetch(`${suite.url}${path}`)).status;
	return answers;
}

const everywhere = (slug: string, status: number) =>
	Object.fromEntries(publicPaths(slug).map((p) => [p, status]));

describe('unpublishing', () => {
	it('takes a timeline off the site with a tap at 360 px, keeps the draft, says so in History, and Publish puts it back', async () => {
		const slug = await importTimeline('taken-down.csv');
		await publish(slug, 1);
		expect(await publicAnswers(slug)).toEqual(everywhere(slug, 200));

		const { context, page, errors } = await signedInContext(suite.browser, suite.url, EDITOR, {
			width: 360,
			height: 740
		});
		await page.goto(`${suite.url}/t/${slug}/edit`);
		await page.waitForSelector('main[data-interactive] [data-event-editor]');
		const meta = page.locator('p.meta');
		expect(await meta.textContent()).toContain('Readers see revision 1');
		const button = page.getByRole('button', { name: /^Unpublish/ });
		expect(await button.getAttribute('aria-label')).toBe(
			'Unpublish: take “taken down” off the site'
		);
		const box = (await button.boundingBox())!;
		expect(box.height).toBeGreaterThanOrEqual(32);
		expect(box.x + box.width).toBeLessThanOrEqual(360);
		await tap(page, 'button.unpublish');

		const notice = page.locator('p.notice');
		await expect.poll(() => notice.textContent()).toContain('Taken off the site');
		// The button pressed is gone: focus is on the line that says what happened.
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.className ?? ''))
			.toContain('notice');
		expect(await meta.textContent()).toContain('Not published');
		expect(await button.count()).toBe(0);
		await page.screenshot({ path: artifactPath('drafts-unpublished-360.png'), fullPage: false });

		// Readers get what a timeline never published gets, everywhere it was served.
		expect(await publicAnswers(slug)).toEqual(everywhere(slug, 404));
		expect(await (await fetch(suite.url)).text()).not.toContain(slug);

		// History says who took it off and when; the draft is all there.
		await page.getByRole('button', { name: 'History', exact: true }).click();
		const row = page.locator('.history li[data-revision="1"]');
		await expect
			.poll(() => row.textContent())
			.toMatch(
				new RegExp(`taken off the site by ${EDITOR.email}, \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC`)
			);
		expect(await page.locator('[data-event-editor]').count()).toBe(2);

		// Publish puts it back.
		await page.getByRole('button', { name: 'Publish', exact: true }).click();
		await expect.poll(() => notice.textContent()).toContain('Published revision');
		expect(await publicAnswers(slug)).toEqual(everywhere(slug, 200));
		expect(errors).toEqual([]);
		await context.close();
	});

	it('refuses an unpublish without a session, and from another site', async () => {
		const slug = await importTimeline('still-up.csv');
		await publish(slug, 1);
		const anonymous = await api(suite.url, null, `/api/timelines/${slug}/unpublish`, {
			method: 'POST',
			body: {}
		});
		expect(anonymous.status).toBe(401);
		const elsewhere = await fetch(`${suite.url}/api/timelines/${slug}/unpublish`, {
			method: 'POST',
			headers: {
				origin: 'https://elsewhere.example',
				cookie: suite.cookie,
				'content-type': 'application/json'
			},
			body: '{}'
		});
		expect(elsewhere.status).toBe(403);
		expect(await publicAnswers(slug)).toEqual(everywhere(slug, 200));
	});
});

describe('deleting', () => {
	it('asks first, naming the timeline and what goes, then deletes it for readers and lists it to restore', async () => {
		const slug = await importTimeline('mistaken-paste.csv');
		await publish(slug, 1);
		const other = await importTimeline('kept-story.csv');
		await publish(other, 1);

		const { context, page, errors } = await signedInContext(suite.browser, suite.url, EDITOR);
		await page.goto(`${suite.url}/t/${slug}/edit`);
		await page.waitForSelector('main[data-interactive] [data-event-editor]');
		const open = page.getByRole('button', { name: 'Delete timeline…' });
		await open.focus();
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog', { name: 'Delete “mistaken paste”?' });
		await expect.poll(() => dialog.isVisible()).toBe(true);
		// As it reads once History's revisions are counted (the server counts them as it opens;
		// a loaded machine may answer after the dialog shows): line breaks are one space.
		const text = async () => (await dialog.textContent())?.replace(/\s+/g, ' ') ?? '';
		await expect.poll(text).toContain('History of');
		const said = await text();
		expect(said).toContain('Readers lose it at once');
		expect(said).toContain('2 events and History of 1 revision');
		expect(said).toContain('For 30 days any editor can restore it');
		// Focus starts on the safe choice; Escape keeps the timeline and returns focus.
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keep it');
		await page.screenshot({ path: artifactPath('drafts-delete-dialog-1280.png') });
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.isVisible()).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Delete timeline…');
		expect((await fetch(`${suite.url}/t/${slug}`)).status).toBe(200);

		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
			'Delete “mistaken paste”'
		);
		await Promise.all([
			page.waitForURL((u) => u.pathname === '/' && u.searchParams.get('deleted') === slug),
			page.keyboard.press('Enter')
		]);
		// The home page says what happened, focused, and lists it to restore.
		const notice = page.locator('p.notice');
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.className ?? ''))
			.toContain('notice');
		expect(await notice.textContent()).toContain('Deleted “mistaken paste”');
		const listed = page.getByRole('region', { name: 'Recently deleted' });
		expect(await listed.locator(`[data-deleted="${slug}"]`).textContent()).toContain(
			`Deleted by ${EDITOR.email}`
		);
		expect(await page.locator(`[data-draft="${slug}"]`).count()).toBe(0);
		await page.screenshot({ path: artifactPath('drafts-deleted-home-1280.png'), fullPage: true });
		await page.setViewportSize({ width: 360, height: 740 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			360
		);
		await page.screenshot({ path: artifactPath('drafts-deleted-home-360.png'), fullPage: true });
		await page.setViewportSize({ width: 1280, height: 900 });
		expect(await page.getByRole('link', { name: 'mistaken paste', exact: true }).count()).toBe(0);

		// Readers get what a timeline that never existed gets; nothing else changed.
		expect(await publicAnswers(slug)).toEqual(everywhere(slug, 404));
		expect(await publicAnswers(other)).toEqual(everywhere(other, 200));
		expect((await api(suite.url, suite.cookie, '/api/timelines')).status).toBe(200);

		// Restore brings it back as it was.
		await listed.getByRole('button', { name: 'Restore “mistaken paste”' }).click();
		await expect.poll(() => notice.textContent()).toContain('Restored “mistaken paste”');
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.className ?? ''))
			.toContain('notice');
		expect(await publicAnswers(slug)).toEqual(everywhere(slug, 200));
		expect(errors).toEqual([]);
		await context.close();
	});

	it('counts the revisions History keeps, saved since the page opened too, not the number of the one it holds', async () => {
		const slug = await importTimeline('counted-history.csv');
		for (const phone of [false, true]) {
			const { context, page, errors } = await editorOf(slug, phone);
			// Saved elsewhere while this page is open: two more revisions.
			for (const title of ['Retitled once', 'Retitled twice']) {
				const draft = await suite.draft(slug);
				const saved = await api(suite.url, suite.cookie, `/api/timelines/${slug}/draft`, {
					method: 'PUT',
					body: { base: draft.revision, document: { ...draft.document, title } }
				});
				expect(saved.status).toBe(200);
			}
			const kept = (await (
				await api(suite.url, suite.cookie, `/api/timelines/${slug}/revisions`)
			).json()) as {
				revisions: unknown[];
			};
			const button = page.getByRole('button', { name: 'Delete timeline…' });
			await button.scrollIntoViewIfNeeded();
			if (phone) await tap(page, 'button:text-is("Delete timeline…")');
			else await button.click();
			const dialog = page.getByRole('dialog');
			await expect.poll(() => dialog.isVisible()).toBe(true);
			await expect
				.poll(async () => (await dialog.textContent())?.replace(/\s+/g, ' '))
				.toContain(`2 events and History of ${kept.revisions.length} revisions`);
			await page.screenshot({
				path: artifactPath(`drafts-delete-counted-${phone ? 360 : 1280}.png`)
			});
			expect(errors).toEqual([]);
			await context.close();
		}
	});

	it('fits the confirmation on a phone at 360 px, and refuses a delete without a session', async () => {
		const slug = await importTimeline('phone-delete.csv');
		const { context, page, errors } = await signedInContext(
			suite.browser,
			suite.url,
			EDITOR,
			{ width: 360, height: 740 },
			{ hasTouch: true, isMobile: true }
		);
		await page.goto(`${suite.url}/t/${slug}/edit`);
		await page.waitForSelector('main[data-interactive] [data-event-editor]');
		await page.getByRole('button', { name: 'Delete timeline…' }).scrollIntoViewIfNeeded();
		await tap(page, 'button:text-is("Delete timeline…")');
		const dialog = page.getByRole('dialog', { name: 'Delete “phone delete”?' });
		await expect.poll(() => dialog.isVisible()).toBe(true);
		expect(await dialog.textContent()).toContain('It is not published, so no reader sees it.');
		const box = (await dialog.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(360);
		await page.screenshot({ path: artifactPath('drafts-delete-dialog-360.png') });
		await tap(page, 'dialog button:text-is("Keep it")');
		await expect.poll(() => dialog.isVisible()).toBe(false);
		expect(errors).toEqual([]);
		await context.close();

		const anonymous = await api(suite.url, null, `/api/timelines/${slug}`, { method: 'DELETE' });
		expect(anonymous.status).toBe(401);
		expect(((await anonymous.json()) as { error: string }).error).toContain('Sign in');
		expect((await api(suite.url, suite.cookie, `/api/timelines/${slug}/draft`)).status).toBe(200);
	});
});

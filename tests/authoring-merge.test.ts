import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signedInContext } from './support/editor';
import { COURT_SHEET, editorSuite, saveNow } from './support/editor-suite';
import { artifactPath } from './support/server';
import { tap } from './support/touch';

/**
 * Two editors, two browsers, one draft: the merge after a refused save, in real Chromium on the
 * built server. What one editor changed and the other did not touch merges by itself; only what
 * both changed, each their own way, is asked about.
 */
const ANN = { email: 'ann@newsroom.example', password: 'paper lantern river' };
const BOB = { email: 'bob@newsroom.example', password: 'copper kettle hill' };
const suite = editorSuite([ANN, BOB]);

const SHEET = COURT_SHEET;

type Stored = { id: string; title: string };

/** A timeline of its own for a test, imported from the sheet; its events' ids by headline. */
async function importTimeline(name: string): Promise<{ slug: string; ids: string[] }> {
	const slug = await suite.importFile(name, SHEET);
	const events = await storedEvents(slug);
	const ids = SHEET.split('\n')
		.slice(1)
		.map((line) => events.find((e) => line.includes(e.title))!.id);
	return { slug, ids };
}

async function storedEvents(slug: string): Promise<Stored[]> {
	const draft = await suite.draft(slug);
	return draft.document.events as Stored[];
}

const status = (page: Page) => page.locator('.bar .status');
const titleOf = (page: Page, id: string) =>
	page.locator(`[data-event-editor="${id}"] textarea.title`);

/** The one line that says a merge that asked nothing happened. */
const mergedLine = (page: Page) =>
	page.locator('[role="status"]', { hasText: 'saved meanwhile: merged' });

/** Ann and Bob, each signed in in a browser of their own, on the draft's editor. */
async function annAndBob(slug: string, annOnAPhone = false) {
	const ann = annOnAPhone
		? await signedInContext(
				suite.browser,
				suite.url,
				ANN,
				{ width: 360, height: 740 },
				{ hasTouch: true, isMobile: true }
			)
		: await signedInContext(suite.browser, suite.url, ANN);
	const bob = await signedInContext(suite.browser, suite.url, BOB);
	for (const { page } of [ann, bob]) {
		await page.goto(`${suite.url}/t/${slug}/edit`);
		await page.waitForSelector('[data-event-editor]');
	}
	return { ann, bob };
}

describe('two editors on one draft', () => {
	it('keeps the other editor’s rename of an event I never touched, merging without a question', async () => {
		const { slug, ids } = await importTimeline('merge-untouched.csv');
		const [a, b] = ids as [string, string];
		const { ann, bob } = await annAndBob(slug);

		await titleOf(bob.page, a).fill('Judge voided the contract (Bob)');
		await saveNow(bob.page);
		await titleOf(ann.page, b).fill('Council appealed the ruling (Ann)');

		// Ann's save is refused (Bob saved first); nothing both changed, so nothing to ask.
		await expect
			.poll(
				async () =>
					(await ann.page.locator('.conflict').count()) > 0 ||
					(await status(ann.page).textContent()) === 'All changes saved',
				{ timeout: 15_000 }
			)
			.toBe(true);
		await ann.page.screenshot({ path: artifactPath('authoring-merge-untouched-1280.png') });
		if (await ann.page.locator('.conflict').count()) {
			// What the new user did: the panel listed Bob's event with "Keep mine" chosen.
			await ann.page.getByRole('button', { name: 'Save the merged version' }).click();
		}
		await saveNow(ann.page);
		const events = await storedEvents(slug);
		expect(events.find((e) => e.id === a)?.title).toBe('Judge voided the contract (Bob)');
		expect(events.find((e) => e.id === b)?.title).toBe('Council appealed the ruling (Ann)');
		// Said in one line, and Ann's page shows Bob's title.
		expect(await mergedLine(ann.page).textContent()).toMatch(
			/^\s*bob@newsroom\.example saved meanwhile: merged with your changes, nothing conflicted\.\s*$/
		);
		expect(await titleOf(ann.page, a).inputValue()).toBe('Judge voided the contract (Bob)');

		// Undo takes back Ann's rename, not Bob's: the merge is no step to undo (undoing it put
		// her stale copy of A back, and her next save took his rename out of the timeline).
		await ann.page.getByRole('button', { name: /^Undo/ }).click();
		expect(await titleOf(ann.page, b).inputValue()).toBe('Council appealed the ruling');
		expect(await titleOf(ann.page, a).inputValue()).toBe('Judge voided the contract (Bob)');
		await expect
			.poll(async () => (await storedEvents(slug)).find((e) => e.id === b)?.title, {
				timeout: 15_000
			})
			.toBe('Council appealed the ruling');
		await saveNow(ann.page);
		expect((await storedEvents(slug)).find((e) => e.id === a)?.title).toBe(
			'Judge voided the contract (Bob)'
		);
		expect([...ann.errors, ...bob.errors]).toEqual([]);
		await ann.context.close();
		await bob.context.close();
	});

	it('asks only about what both changed, choosing for neither, and merges the rest', async () => {
		const { slug, ids } = await importTimeline('merge-both.csv');
		const [a, b, c, d] = ids as [string, string, string, string];
		const { ann, bob } = await annAndBob(slug);

		await titleOf(bob.page, a).fill('Judge voided the contract (Bob)');
		await titleOf(bob.page, c).fill('Appeal heard (Bob)');
		await bob.page.locator(`[data-event-editor="${d}"] button.danger`).click();
		await saveNow(bob.page);

		await titleOf(ann.page, a).fill('Contract ruled void (Ann)');
		await titleOf(ann.page, b).fill('Council appealed (Ann)');
		await titleOf(ann.page, d).fill('Settled out of court (Ann)');
		await ann.page.waitForSelector('.conflict', { timeout: 15_000 });

		// Two questions: the event both renamed, and the one Bob deleted and Ann renamed, which
		// she was typing in: its question comes first, below its row.
		const asked = ann.page.locator('.conflict fieldset[data-conflict]');
		expect(await asked.evaluateAll((f) => f.map((x) => x.getAttribute('data-conflict')))).toEqual([
			d,
			a
		]);
		expect(await ann.page.locator(`[data-event-editor="${d}"] + li .conflict`).count()).toBe(1);
		expect(await ann.page.locator('.conflict input[type="radio"]:checked').count()).toBe(0);
		expect(await asked.nth(0).textContent()).toContain('Deleted by them');
		expect((await ann.page.locator('.conflict').textContent())?.replace(/\s+/g, ' ')).toMatch(
			/1 change of theirs and 1 of yours merged by themselves/
		);
		const save = ann.page.getByRole('button', { name: 'Save the merged version' });
		expect(await save.isDisabled()).toBe(true);
		await ann.page.screenshot({
			path: artifactPath('authoring-merge-both-1280.png'),
			fullPage: true
		});

		await ann.page.check(`.conflict fieldset[data-conflict="${a}"] input[value="theirs"]`);
		expect(await save.isDisabled()).toBe(true);
		await ann.page.check(`.conflict fieldset[data-conflict="${d}"] input[value="mine"]`);
		await save.click();
		await saveNow(ann.page);
		const events = await storedEvents(slug);
		expect(events.map((e) => e.title)).toEqual([
			'Judge voided the contract (Bob)',
			'Council appealed (Ann)',
			'Appeal heard (Bob)',
			'Settled out of court (Ann)'
		]);
		expect([...ann.errors, ...bob.errors]).toEqual([]);
		await ann.context.close();
		await bob.context.close();
	});

	it('asks on a phone, below the event being typed in, and takes the tapped version', async () => {
		const { slug, ids } = await importTimeline('merge-phone.csv');
		const [a, b] = ids as [string, string];
		const { ann, bob } = await annAndBob(slug, true);

		await titleOf(bob.page, a).fill('Judge voided the contract (Bob)');
		await titleOf(bob.page, b).fill('Council appealed (Bob)');
		await saveNow(bob.page);
		await titleOf(ann.page, a).fill('Contract ruled void (Ann)');
		await ann.page.waitForSelector('.conflict', { timeout: 15_000 });

		// Below the row Ann types in, which keeps focus; Bob's other rename merged by itself.
		expect(await ann.page.locator(`[data-event-editor="${a}"] + li .conflict`).count()).toBe(1);
		expect(
			await ann.page.evaluate(() =>
				document.activeElement?.closest('[data-event-editor]')?.getAttribute('data-event-editor')
			)
		).toBe(a);
		expect(await ann.page.locator('.conflict fieldset[data-conflict]').count()).toBe(1);
		expect(await ann.page.locator('.conflict input[type="radio"]:checked').count()).toBe(0);
		// Nothing wider than the phone.
		expect(await ann.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			360
		);
		await ann.page
			.locator('.conflict')
			.screenshot({ path: artifactPath('authoring-merge-phone-360.png') });

		await tap(ann.page, `.conflict fieldset[data-conflict="${a}"] input[value="theirs"]`);
		const save = ann.page.getByRole('button', { name: 'Save the merged version' });
		await expect.poll(() => save.isDisabled()).toBe(false);
		await save.scrollIntoViewIfNeeded();
		await tap(ann.page, '.conflict button.primary');
		await saveNow(ann.page);
		const events = await storedEvents(slug);
		expect(events.find((e) => e.id === a)?.title).toBe('Judge voided the contract (Bob)');
		expect(events.find((e) => e.id === b)?.title).toBe('Council appealed (Bob)');
		expect(await titleOf(ann.page, a).inputValue()).toBe('Judge voided the contract (Bob)');
		expect([...ann.errors, ...bob.errors]).toEqual([]);
		await ann.context.close();
		await bob.context.close();
	});

	it('says a merge that asked nothing where the editor works far down the list, once, leaving the keyboard there', async () => {
		// Thirty events: the last one is some screens below the top of the editor.
		const sheet = [
			'Year,Month,Day,Headline,Text',
			...Array.from(
				{ length: 30 },
				(_, i) => `${2000 + i},6,1,Event of ${2000 + i},Something happened in ${2000 + i}.`
			)
		].join('\n');
		for (const phone of [false, true]) {
			const slug = await suite.importFile(`merge-far-down-${phone ? 'phone' : 'desk'}.csv`, sheet);
			const { ann, bob } = await annAndBob(slug, phone);
			const first = await ann.page
				.locator('[data-event-editor]')
				.first()
				.getAttribute('data-event-editor');
			const last = await ann.page
				.locator('[data-event-editor]')
				.last()
				.getAttribute('data-event-editor');
			// The live regions there are before anything is said: a region made with its words is
			// not reliably read out.
			await ann.page.evaluate(() => {
				(window as unknown as { regions: Element[] }).regions = [
					...document.querySelectorAll('[role="status"], [role="alert"], [aria-live]')
				];
			});
			await titleOf(bob.page, first!).fill('Bob renamed the first event');
			await saveNow(bob.page);

			const field = titleOf(ann.page, last!);
			await field.scrollIntoViewIfNeeded();
			if (phone) await tap(ann.page, `[data-event-editor="${last}"] textarea.title`);
			else await field.click();
			await ann.page.keyboard.press('End');
			await ann.page.keyboard.type(' (Ann)');
			await expect.poll(() => mergedLine(ann.page).count(), { timeout: 15_000 }).toBe(1);
			await saveNow(ann.page);
			await ann.page.screenshot({
				path: artifactPath(`authoring-merged-far-down-${phone ? 360 : 1280}.png`)
			});

			const seen = await ann.page.evaluate((lastId) => {
				const inView = (el: Element | null | undefined) => {
					if (!el) return false;
					const r = el.getBoundingClientRect();
					if (r.width === 0 || r.height === 0) return false;
					if (r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth)
						return false;
					// Nothing drawn over it.
					const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
					return !!top && (el === top || el.contains(top));
				};
				const regions = [
					...document.querySelectorAll('[role="status"], [role="alert"], [aria-live]')
				].filter((el) => el.textContent?.includes('saved meanwhile'));
				const said = regions.filter((el) => !regions.some((o) => o !== el && o.contains(el)));
				const field = document.querySelector(`[data-event-editor="${lastId}"] textarea.title`);
				// Beside the list (at 1280 px) the article stays in view as it was: its heading and
				// the hint on picking a sentence are not under the line.
				const article = document.querySelector('.article');
				const besideList = !!article && getComputedStyle(article).position === 'sticky';
				return {
					regions: said.length,
					madeBefore: said.every((el) =>
						(window as unknown as { regions: Element[] }).regions.includes(el)
					),
					lineInView: said.every(inView),
					typingIn: document.activeElement === field,
					fieldInView: inView(field),
					articleTopInView:
						!besideList ||
						[...document.querySelectorAll('.article h2, .article .hint')].every(inView)
				};
			}, last);
			expect(seen).toEqual({
				regions: 1,
				madeBefore: true,
				lineInView: true,
				typingIn: true,
				fieldInView: true,
				articleTopInView: true
			});
			expect(await titleOf(ann.page, first!).inputValue()).toBe('Bob renamed the first event');
			expect([...ann.errors, ...bob.errors]).toEqual([]);
			await ann.context.close();
			await bob.context.close();
		}
	});
});

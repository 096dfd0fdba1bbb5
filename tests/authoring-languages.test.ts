import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EDITOR_WORDS } from '../src/lib/i18n/editor';
import type { EditorWords } from '../src/lib/i18n/editor';
import { DATE_PROBLEM_WORDS, sayDateProblem } from '../src/lib/i18n/date-problems';
import { HOME_WORDS } from '../src/lib/i18n/home';
import { readTypedDate } from '../src/lib/authoring/date-input';
import { api, signedInPage } from './support/editor';
import { COURT_SHEET, editorSuite } from './support/editor-suite';
import { artifactPath } from './support/server';
import { tap } from './support/touch';

/**
 * The editor's pages in the language the browser asks for, picked as the reader's pages pick
 * it: /new, the editor, its merge panel, History and the delete dialog show none of the
 * editor's English words. What the editor types in a date field stays English (the normaliser
 * reads English), and so does the article's own text.
 */
const EDITOR = { email: 'lea@newsroom.example', password: 'paper lantern river' };
const suite = editorSuite([EDITOR]);

/** Every English word of a table of words (the editor's by default) that the language says otherwise, with a sample of each phrase. */
function englishWords<Words extends object = EditorWords>(
	lang: 'fr' | 'de' | 'es',
	table: Record<'en' | 'fr' | 'de' | 'es', Words> = EDITOR_WORDS as never
): string[] {
	const en = table.en;
	const other = table[lang];
	const said = (w: Words, key: keyof Words): string[] => {
		const value = w[key] as unknown;
		if (typeof value === 'string') return [value];
		if (typeof value === 'object' && value) return Object.values(value as Record<string, string>);
		// A phrase, with arguments that are no words of either language.
		const f = value as (...args: unknown[]) => unknown;
		const out = f(...Array.from({ length: f.length }, (_, i) => (i === 0 ? 2 : 3)));
		return typeof out === 'string' ? [out] : [];
	};
	const words = new Set<string>();
	for (const key of Object.keys(en) as (keyof Words)[]) {
		if (key === 'fileKinds') continue;
		const theirs = new Set(said(other, key));
		for (const text of said(en, key)) {
			// The fixed words of a phrase: the parts between its arguments.
			for (const part of text.split(/\b[23]\b/)) {
				const words_ = part.replace(/^[\s:,.;·–-]+|[\s:,.;·–-]+$/g, '');
				if (
					words_.length > 3 &&
					/[a-z]{3}/i.test(words_) &&
					![...theirs].some((t) => t.includes(words_))
				)
					words.add(words_);
			}
		}
	}
	return [...words];
}

/** The editor's English words a page shows or names (text, labels, placeholders, titles). */
async function englishOn(page: Page, words: string[]): Promise<string[]> {
	const shown = await page.evaluate(() => {
		const attributes = [...document.querySelectorAll('[aria-label], [placeholder], [title]')].map(
			(el) =>
				['aria-label', 'placeholder', 'title'].map((a) => el.getAttribute(a) ?? '').join(' | ')
		);
		// The article's own sentences are the article's words, not the interface's.
		const text = [...document.body.querySelectorAll('*')]
			.filter((el) => el.closest('script, style, .sentence, blockquote, .article .text') === null)
			.map((el) =>
				[...el.childNodes]
					.filter((n) => n.nodeType === Node.TEXT_NODE)
					.map((n) => n.textContent)
					.join(' ')
			);
		// Each element's words apart: two links side by side are no phrase.
		return [document.title, ...attributes, ...text].map((t) => t.replace(/\s+/g, ' ')).join(' ¦ ');
	});
	const found = words.filter((w) =>
		new RegExp(`(^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(
			shown
		)
	);
	return found;
}

/** Each language besides English, and what a browser set to it asks for. */
const LANGUAGES = [
	['fr', 'fr-FR,fr;q=0.9,en;q=0.5'],
	['de', 'de-DE,de;q=0.9'],
	['es', 'es-ES,es;q=0.9']
] as const;

describe('the editor in the editor’s language', () => {
	for (const [lang, accept] of LANGUAGES) {
		it(`shows /new, the editor, its merge panel, History and the delete dialog with no English words (${lang})`, async () => {
			const words = englishWords(lang);
			expect(words.length).toBeGreaterThan(100);
			const slug = await suite.importFile(`languages-${lang}.csv`, COURT_SHEET);
			const phone = lang === 'de';
			const { context, page, errors } = await signedInPage(
				suite.browser,
				suite.url,
				EDITOR,
				phone ? { width: 360, height: 740 } : undefined,
				{
					locale: lang,
					extraHTTPHeaders: { 'Accept-Language': accept },
					...(phone && { hasTouch: true, isMobile: true })
				}
			);
			const w = EDITOR_WORDS[lang];
			const size = phone ? 360 : 1280;

			await page.goto(`${suite.url}/new`);
			await page.waitForSelector('textarea[data-paste]');
			expect(await page.getAttribute('html', 'lang')).toBe(lang);
			await page.screenshot({ path: artifactPath(`authoring-languages-new-${lang}-${size}.png`) });
			expect(await englishOn(page, words)).toEqual([]);

			await page.goto(`${suite.url}/t/${slug}/edit`);
			await page.waitForSelector('main[data-interactive] [data-event-editor]');
			expect(await englishOn(page, words)).toEqual([]);

			// Each date field says how it reads in the page's language ("12. März 2018"), never as
			// "Mar 12, 2018 (approx.)": what is typed in the field stays English.
			const readings = await page.locator('.date-field .reading').allTextContents();
			expect(readings.length).toBeGreaterThan(3);
			expect(
				readings.filter((r) =>
					/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}|\(approx\.\)/.test(r)
				)
			).toEqual([]);

			// A date the field cannot read says why in the page's language; what to type stays English.
			const field = page.locator('.date-field input').first();
			const typed = field.locator('xpath=ancestor::*[contains(@class, "date-field")][1]');
			await field.fill('banana');
			const why = readTypedDate('banana', '2026-12-06');
			if (why.ok) throw new Error('banana read as a date');
			await expect
				.poll(() => typed.locator('.reading').textContent())
				.toBe(sayDateProblem(why.problem, DATE_PROBLEM_WORDS[lang]));
			await field.press('Escape');
			// The story's day is written in the language, never as YYYY-MM-DD.
			expect(await page.locator('p.meta').textContent()).not.toMatch(/\d{4}-\d\d-\d\d/);

			// On a phone the bar's four tools share one row, whatever the language's words: two
			// rows of them took a fifth of the screen from the draft. Their names stay the words.
			if (!phone) await page.setViewportSize({ width: 360, height: 740 });
			const tools = page.locator('header.bar .tools button');
			expect(await tools.count()).toBe(4);
			const tops = await tools.evaluateAll((buttons) =>
				buttons.map((b) => Math.round(b.getBoundingClientRect().top))
			);
			expect(new Set(tops).size, `tool rows at 360 px: ${tops.join(', ')}`).toBe(1);
			for (const name of [w.undo, w.redo, w.history, w.publish])
				expect(await page.getByRole('button', { name, exact: name !== w.undo }).count()).toBe(1);
			await page.screenshot({ path: artifactPath(`authoring-languages-bar-${lang}-360.png`) });
			if (!phone) await page.setViewportSize({ width: 1280, height: 900 });

			// History, open.
			await page.getByRole('button', { name: w.history, exact: true }).click();
			await page.waitForSelector('[data-revision]');
			expect(await englishOn(page, words)).toEqual([]);

			// Another save renames the event this page renames too: the merge panel asks.
			const row = page.locator('[data-event-editor]').first();
			const id = (await row.getAttribute('data-event-editor'))!;
			const draft = await suite.draft(slug);
			const saved = await api(suite.url, suite.cookie, `/api/timelines/${slug}/draft`, {
				method: 'PUT',
				body: {
					base: draft.revision,
					document: {
						...draft.document,
						events: draft.document.events.map((e: { id: string; title: string }) =>
							e.id === id ? { ...e, title: 'Renamed elsewhere' } : e
						)
					}
				}
			});
			expect(saved.status).toBe(200);
			await row.locator('textarea.title').fill('Renamed here');
			await page.waitForSelector('.conflict', { timeout: 15_000 });
			await page.locator('.conflict').scrollIntoViewIfNeeded();
			await page.screenshot({
				path: artifactPath(`authoring-languages-merge-${lang}-${size}.png`)
			});
			expect(await englishOn(page, words)).toEqual([]);

			// The delete dialog, kept.
			await page.locator(`.conflict input[value="mine"]`).first().check();
			await page.locator('.conflict button.primary').click();
			await expect.poll(() => page.locator('.conflict').count(), { timeout: 15_000 }).toBe(0);
			const open = page.getByRole('button', { name: w.deleteTimeline });
			await open.scrollIntoViewIfNeeded();
			if (phone) await tap(page, `button:text-is("${w.deleteTimeline}")`);
			else await open.click();
			const dialog = page.getByRole('dialog');
			await expect.poll(() => dialog.isVisible()).toBe(true);
			await expect.poll(() => dialog.textContent()).toMatch(/\d/);
			await page.screenshot({
				path: artifactPath(`authoring-languages-delete-${lang}-${size}.png`)
			});
			expect(await englishOn(page, words)).toEqual([]);
			expect(errors).toEqual([]);
			await context.close();
		});
	}
});

describe('the home page and sign-in in the reader’s language', () => {
	for (const [lang, accept] of LANGUAGES) {
		it(`shows sign-in, its error, the list, Drafts and Recently deleted with no English words (${lang})`, async () => {
			const words = englishWords(lang, HOME_WORDS);
			expect(words.length).toBeGreaterThan(25);
			const w = HOME_WORDS[lang];
			const draft = await suite.importFile(`home-draft-${lang}.csv`, COURT_SHEET);
			// Published, its story's day known (a sheet names none: an editor sets it).
			const live = await suite.importFile(`home-live-${lang}.csv`, COURT_SHEET);
			const document = (await suite.draft(live)).document;
			delete document.publishedUnknown;
			const dated = await api(suite.url, suite.cookie, `/api/timelines/${live}/draft`, {
				method: 'PUT',
				body: { base: 1, document: { ...document, published: '2026-03-14' } }
			});
			expect(dated.status).toBe(200);
			await suite.publish(live);
			const gone = await suite.importFile(`home-gone-${lang}.csv`, COURT_SHEET);
			const deleted = await api(suite.url, suite.cookie, `/api/timelines/${gone}`, {
				method: 'DELETE'
			});
			expect(deleted.ok).toBe(true);
			const phone = lang === 'es';
			const size = phone ? 360 : 1280;
			const context = await suite.browser.newContext({
				viewport: phone ? { width: 360, height: 740 } : { width: 1280, height: 900 },
				locale: lang,
				extraHTTPHeaders: { 'Accept-Language': accept },
				...(phone && { hasTouch: true, isMobile: true })
			});
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));

			// Signed out: the home page's account line, and sign-in with a wrong password.
			await page.goto(suite.url);
			expect(await page.getAttribute('html', 'lang')).toBe(lang);
			expect(await englishOn(page, words)).toEqual([]);
			await page.goto(`${suite.url}/signin`);
			expect(await englishOn(page, words)).toEqual([]);
			await page.getByLabel(w.email).fill(EDITOR.email);
			await page.getByLabel(w.password).fill('not the password');
			await Promise.all([
				page.waitForSelector('#signin-error'),
				page.getByRole('button', { name: w.signIn }).click()
			]);
			expect(await page.locator('#signin-error').textContent()).toBe(w.noMatch);
			await page.screenshot({ path: artifactPath(`home-languages-signin-${lang}-${size}.png`) });
			expect(await englishOn(page, words)).toEqual([]);

			await page.getByLabel(w.password).fill(EDITOR.password);
			await Promise.all([
				page.waitForURL((u) => u.pathname === '/'),
				page.getByRole('button', { name: w.signIn }).click()
			]);
			// Signed in, just after a delete: the line that says so, Drafts and Recently deleted.
			await page.goto(`${suite.url}/?deleted=${gone}`);
			await page.waitForSelector('p.notice');
			expect(await page.locator(`[data-draft="${draft}"]`).count()).toBe(1);
			expect(await page.locator(`[data-deleted="${gone}"]`).count()).toBe(1);
			await page.screenshot({
				path: artifactPath(`home-languages-home-${lang}-${size}.png`),
				fullPage: true
			});
			expect(await englishOn(page, words)).toEqual([]);
			// The published timeline's day is written in the language, not as "Mar 14, 2026".
			const listed = page.locator('li', { has: page.locator(`a[href="/t/${live}"]`) });
			expect(await listed.locator('.meta').textContent()).toContain(
				{ fr: '14 mars 2026', de: '14. März 2026', es: '14 mar 2026' }[lang]
			);
			expect(errors).toEqual([]);
			await context.close();
		});
	}
});

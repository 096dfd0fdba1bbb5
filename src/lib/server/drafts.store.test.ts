import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDataDir, importDataDir } from './data-files';
import { RESTORABLE_DAYS } from '../authoring/restorable';
import { deleteTimeline, listDeleted, purgeDeleted, undeleteTimeline } from './deletion';
import { listDrafts } from './drafts';
import { importUpload } from './imports';
import { timelinesWithArticle } from './same-article';
import { countRevisions, listRevisions, publish, readDraft, saveDraft } from './revisions';
import { createSession, validateSession } from './sessions';
import { openWithEditors, refusal, storesUnderTest, type StoreWithEditors } from './testing/stores';
import { createTimeline, findTimeline, listAll, listPublished, readPublished } from './timelines';
import { unpublish } from './unpublish';

const SHEET = [
	'Year,Month,Day,Headline,Text',
	'2018,3,12,Judge ruled the contract void,The judge ruled the contract void.',
	'2019,5,2,Council appealed the ruling,The council appealed.'
].join('\n');

for (const store of storesUnderTest()) {
	describe.skipIf(store.skip)(`drafts on ${store.name}`, () => {
		let { db, close, ann, bob } = {} as StoreWithEditors;

		beforeAll(async () => ({ db, close, ann, bob } = await openWithEditors(store)), 300_000);

		afterAll(async () => close?.());

		/** A timeline of its own, imported from the sheet: revision 1, unpublished. */
		const imported = async (name: string) =>
			(await importUpload(db, { name, content: SHEET, editorId: ann })).slug;

		/** Saves the draft again under a new title: a newer revision than the last. */
		async function retitle(slug: string, title: string) {
			const draft = await readDraft(db, slug);
			return saveDraft(db, slug, {
				base: draft.revision,
				document: { ...draft.document!, title },
				editorId: ann
			});
		}

		it('lists an unpublished timeline and a published one with newer revisions, not one published as it stands', async () => {
			const never = await imported('never-published.csv');
			const current = await imported('published-as-is.csv');
			await publish(db, current, { revision: 1, editorId: ann });
			const changed = await imported('changed-since.csv');
			await publish(db, changed, { revision: 1, editorId: ann });
			await retitle(changed, 'Changed since it was published');

			const drafts = await listDrafts(db);
			const slugs = drafts.map((d) => d.slug);
			expect(slugs).toContain(never);
			expect(slugs).toContain(changed);
			expect(slugs).not.toContain(current);
			// Newest edit first, with who saved it and when.
			expect(drafts[0]).toMatchObject({
				slug: changed,
				title: 'Changed since it was published',
				revision: 2,
				published: 1,
				editor: 'ann@example.org'
			});
			expect(drafts[0]!.savedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
			expect(drafts.find((d) => d.slug === never)).toMatchObject({
				revision: 1,
				published: null,
				editor: 'ann@example.org'
			});
		});

		it('leaves a published timeline out when its newer revisions undo its edits back to it', async () => {
			const slug = await imported('undone.csv');
			await publish(db, slug, { revision: 1, editorId: ann });
			const { title } = (await readDraft(db, slug)).document!;
			await retitle(slug, 'A title tried and undone');
			expect((await listDrafts(db)).map((d) => d.slug)).toContain(slug);
			// Undo: revision 3 says what revision 1, the published one, says.
			await retitle(slug, title!);
			expect((await readDraft(db, slug)).revision).toBe(3);
			expect((await listDrafts(db)).map((d) => d.slug)).not.toContain(slug);
		});

		it('says a draft is what readers see when it is the published revision or its edits since were undone', async () => {
			const slug = await imported('as-published.csv');
			expect((await readDraft(db, slug)).asPublished).toBe(false);
			await publish(db, slug, { revision: 1, editorId: ann });
			const { title } = (await readDraft(db, slug)).document!;
			expect((await readDraft(db, slug)).asPublished).toBe(true);
			await retitle(slug, 'A title tried and undone');
			expect((await readDraft(db, slug)).asPublished).toBe(false);
			await retitle(slug, title!);
			expect(await readDraft(db, slug)).toMatchObject({
				revision: 3,
				published: 1,
				asPublished: true
			});
		});

		it('finds the timelines that already hold an article, by its text or its address, deleted ones left out', async () => {
			const text = 'On March 3, 2020, the ferry ran aground.\n\nIt was refloated on March 9.';
			const url = 'https://news.example/ferry-aground';
			const { slug } = await createTimeline(db, {
				article: { title: 'Ferry aground', text, url },
				editorId: ann
			});
			const found = [{ slug, title: 'Ferry aground' }];
			// Pasted again with a line more or less at its edges: the same article.
			expect(await timelinesWithArticle(db, { text: `\n${text}\n\n` })).toEqual(found);
			expect(await timelinesWithArticle(db, { text: 'Another story entirely.', url })).toEqual(
				found
			);
			expect(await timelinesWithArticle(db, { text: `${text} More.` })).toEqual([]);
			await deleteTimeline(db, slug, { editorId: ann });
			expect(await timelinesWithArticle(db, { text, url })).toEqual([]);
			// Restored: the suite's purge counts the deleted timelines it made itself.
			await undeleteTimeline(db, slug);
			expect(await timelinesWithArticle(db, { text })).toEqual(found);
		});

		it('leaves a timeline out once its newest revision is published', async () => {
			const slug = await imported('published-later.csv');
			expect((await listDrafts(db)).map((d) => d.slug)).toContain(slug);
			await publish(db, slug, { revision: 1, editorId: ann });
			expect((await listDrafts(db)).map((d) => d.slug)).not.toContain(slug);
		});

		it('takes a published timeline off the site, keeping its draft and recording who and when in History', async () => {
			const slug = await imported('taken-off.csv');
			await publish(db, slug, { revision: 1, editorId: ann });
			expect(await readPublished(db, slug)).not.toBeNull();

			expect(await unpublish(db, slug, { editorId: bob })).toEqual({
				published: null,
				head: 1,
				unpublished: 1
			});
			// Readers (page, embed, oEmbed, events, preview image) read the published revision: none.
			expect(await readPublished(db, slug)).toBeNull();
			expect((await listPublished(db)).map((t) => t.slug)).not.toContain(slug);
			const out = mkdtempSync(join(tmpdir(), 'dateline-export-'));
			try {
				expect((await exportDataDir(db, out)).timelines).not.toContain(slug);
				expect(readdirSync(join(out, 'timelines'))).not.toContain(`${slug}.json`);
			} finally {
				rmSync(out, { recursive: true, force: true });
			}
			// The draft stays, listed among the drafts, and an editor's open draft saves on.
			expect((await readDraft(db, slug)).document?.events).toHaveLength(2);
			expect((await listDrafts(db)).find((d) => d.slug === slug)?.published).toBeNull();
			expect((await retitle(slug, 'Saved after it was taken off')).revision).toBe(2);
			const history = await listRevisions(db, slug);
			expect(history.published).toBeNull();
			const first = history.revisions.find((r) => r.number === 1)!;
			expect(first.unpublishedBy).toBe('bob@example.org');
			expect(first.unpublishedAt).toMatch(/^\d{4}-\d\d-\d\dT/);

			// Publish puts it back; History still says it was taken off once.
			await publish(db, slug, { revision: 2, editorId: ann });
			expect(await readPublished(db, slug)).toMatchObject({ slug, revision: 2 });
			const again = await listRevisions(db, slug);
			expect(again.revisions.find((r) => r.number === 1)?.unpublishedBy).toBe('bob@example.org');
			expect(again.revisions.find((r) => r.number === 2)?.unpublishedAt).toBeNull();
		});

		it('refuses to unpublish a timeline that is not published, or does not exist, saying so', async () => {
			const slug = await imported('never-out.csv');
			const notOut = await refusal(unpublish(db, slug, { editorId: ann }));
			expect(notOut.status).toBe(409);
			expect(notOut.message).toContain(`"${slug}" is not published`);
			const missing = await refusal(unpublish(db, 'no-such-timeline', { editorId: ann }));
			expect(missing.status).toBe(404);
			expect(missing.message).toBe('No timeline called "no-such-timeline"');
		});

		it('counts the revisions History keeps', async () => {
			const slug = await imported('counted.csv');
			expect(await countRevisions(db, slug)).toEqual({ slug, head: 1, revisions: 1 });
			await retitle(slug, 'Once');
			await retitle(slug, 'Twice');
			expect(await countRevisions(db, slug)).toEqual({ slug, head: 3, revisions: 3 });
			expect((await refusal(countRevisions(db, 'no-such-timeline'))).status).toBe(404);
		});

		it('deletes a timeline for readers and editors alike, touching nothing else, and restores it as it was', async () => {
			const slug = await imported('deleted-by-mistake.csv');
			await publish(db, slug, { revision: 1, editorId: ann });
			const other = await imported('left-alone.csv');
			await publish(db, other, { revision: 1, editorId: ann });
			const bobs = await createSession(db, bob);

			const deleted = await deleteTimeline(db, slug, { editorId: ann });
			expect(deleted.slug).toBe(slug);
			expect(Date.parse(deleted.restorableUntil) - Date.parse(deleted.deletedAt)).toBe(
				RESTORABLE_DAYS * 86_400_000
			);
			// To readers it never existed: no page, no lists, no export.
			expect(await readPublished(db, slug)).toBeNull();
			expect(await findTimeline(db, slug)).toBeNull();
			expect((await listPublished(db)).map((t) => t.slug)).not.toContain(slug);
			expect((await listAll(db)).map((t) => t.slug)).not.toContain(slug);
			expect((await listDrafts(db)).map((t) => t.slug)).not.toContain(slug);
			// Editors are told who deleted it and where to restore it.
			const save = await refusal(retitle(slug, 'Too late'));
			expect(save.status).toBe(404);
			expect(save.message).toMatch(
				new RegExp(
					`^"${slug}" was deleted by ann@example.org at .* UTC; an editor can restore it from the home page`
				)
			);
			expect((await listDeleted(db)).find((d) => d.slug === slug)).toMatchObject({
				title: 'deleted by mistake',
				published: 1,
				deletedBy: 'ann@example.org'
			});
			// Its slug is still its own, so restoring it brings its links back.
			const taken = await refusal(
				createTimeline(db, {
					article: { title: 'Another', text: 'On March 3, 2020, it rained.' },
					slug,
					editorId: bob
				})
			);
			expect(taken.status).toBe(409);
			expect(taken.message).toContain('belongs to a timeline deleted at');
			// Nothing else was touched.
			expect(await readPublished(db, other)).toMatchObject({ slug: other, revision: 1 });
			expect((await validateSession(db, bobs.token))?.editor.id).toBe(bob);

			expect(await undeleteTimeline(db, slug)).toEqual({ slug, published: 1 });
			expect(await readPublished(db, slug)).toMatchObject({ slug, revision: 1 });
			expect((await listDeleted(db)).map((d) => d.slug)).not.toContain(slug);
			const again = await refusal(undeleteTimeline(db, slug));
			expect(again.status).toBe(404);
		});

		it('refuses to import a file named for a deleted timeline, in one line saying what to do, and replaces it only when told, losing neither', async () => {
			const slug = await imported('deleted-then-imported.csv');
			await publish(db, slug, { revision: 1, editorId: ann });
			const dir = mkdtempSync(join(tmpdir(), 'dateline-deleted-file-'));
			try {
				await exportDataDir(db, dir);
				const file = join(dir, 'timelines', `${slug}.json`);
				await deleteTimeline(db, slug, { editorId: ann });
				const published = async (s: string) =>
					(await readPublished(db, s)) as Exclude<
						Awaited<ReturnType<typeof readPublished>>,
						null | { redirect: string }
					>;
				const heldBy = async () => (await listDeleted(db)).find((d) => d.slug === slug);
				const deleted = await heldBy();

				// The file as exported, and the same file corrected since: neither goes in.
				const edited = JSON.parse(readFileSync(file, 'utf8'));
				for (const title of [null, 'Corrected in git']) {
					if (title) {
						writeFileSync(file, JSON.stringify({ ...edited, title }));
						// Written a while ago, as a file in git is: one written this instant is read once it settles.
						utimesSync(file, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
					}
					const report = await importDataDir(db, dir);
					expect([...report.created, ...report.updated, ...report.unchanged]).not.toContain(slug);
					const said = report.problems.filter((p) => p.slug === slug);
					expect(said).toHaveLength(1);
					expect(said[0]!.message).not.toContain('\n');
					expect(said[0]!.message).toMatch(
						new RegExp(
							`^data/timelines/${slug}\\.json: "${slug}" is the name of a timeline deleted by ann@example\\.org at .* UTC \\(restorable until .* UTC\\); not imported\\. Restore it .*, import under another name .*, or replace it with --replace-deleted`
						)
					);
					expect(await heldBy()).toEqual(deleted);
					expect(await findTimeline(db, slug)).toBeNull();
					expect(
						(
							await db
								.selectFrom('timelines')
								.select('head')
								.where('slug', '=', slug)
								.executeTakeFirstOrThrow()
						).head
					).toBe(1);
				}

				// Its article changed too: replacing would change what the deleted one reads, so no.
				const articleFile = join(dir, 'articles', `${edited.article}.md`);
				const articleText = readFileSync(articleFile, 'utf8');
				writeFileSync(articleFile, `${articleText}\nA line added since.`);
				utimesSync(articleFile, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
				const refused = await importDataDir(db, dir, { replaceDeleted: true });
				expect(refused.setAside).toEqual([]);
				expect(refused.problems.find((p) => p.slug === slug)?.message).toMatch(
					new RegExp(
						`^data/articles/${edited.article}\\.md: differs from the article the deleted timeline "${slug}" reads; not imported\\.`
					)
				);
				expect(await heldBy()).toEqual(deleted);
				writeFileSync(articleFile, articleText);
				utimesSync(articleFile, new Date(Date.now() - 30_000), new Date(Date.now() - 30_000));

				// Told to replace it: the file becomes the timeline, and the deleted one is set aside
				// under another name, still restorable as it was.
				const report = await importDataDir(db, dir, { replaceDeleted: true });
				expect(report.created).toContain(slug);
				expect(report.setAside).toEqual([{ slug, as: `${slug}-deleted` }]);
				expect(await readPublished(db, slug)).toMatchObject({ slug, revision: 1 });
				expect((await published(slug)).timeline.title).toBe('Corrected in git');
				expect(await heldBy()).toBeUndefined();
				expect((await listDeleted(db)).find((d) => d.slug === `${slug}-deleted`)).toMatchObject({
					title: deleted!.title,
					deletedAt: deleted!.deletedAt
				});
				expect(await undeleteTimeline(db, `${slug}-deleted`)).toEqual({
					slug: `${slug}-deleted`,
					published: 1
				});
				expect((await published(`${slug}-deleted`)).timeline.title).toBe(deleted!.title);
				expect((await published(`${slug}-deleted`)).articles).toEqual(
					(await published(slug)).articles
				);
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		});

		it('purges a timeline deleted longer ago than it can be restored, with its revisions and its own article', async () => {
			const slug = await imported('purged.csv');
			const { articles } = await readDraft(db, slug);
			const { deletedAt } = await deleteTimeline(db, slug, { editorId: ann });
			const soon = new Date(Date.parse(deletedAt) + (RESTORABLE_DAYS - 1) * 86_400_000);
			expect(await purgeDeleted(db, soon)).toEqual([]);
			const later = new Date(Date.parse(deletedAt) + (RESTORABLE_DAYS + 1) * 86_400_000);
			expect(await purgeDeleted(db, later)).toEqual([slug]);
			expect((await listDeleted(db)).map((d) => d.slug)).not.toContain(slug);
			const gone = await db
				.selectFrom('articles')
				.select('id')
				.where('slug', '=', articles[0]!.slug)
				.execute();
			expect(gone).toEqual([]);
			const restore = await refusal(undeleteTimeline(db, slug));
			expect(restore.status).toBe(404);
			// The slug is free again.
			expect(await imported('purged.csv')).toBe(slug);
		});
	});
}

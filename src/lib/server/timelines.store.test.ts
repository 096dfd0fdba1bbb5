import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderForFile } from '../../../scripts/interchange-files';
import type { Revision } from '../authoring/api';
import { resolveConflicts } from '../authoring/conflict';
import { applyChanges, changesBetween } from '../authoring/draft-changes';
import { deleteEvent, setEventTitle, setTimelineTitle } from '../authoring/edits';
import { exportTimeline, importSheet } from '../interchange';
import type { Timeline } from '../timeline/types';
import { exportDataDir, importDataDir, listImportProblems } from './data-files';
import { JOB_HANDLERS } from './extraction-job';
import { drainJobs, readJob } from './jobs';
import {
	listRevisions,
	publish,
	readDraft,
	readRevision,
	restoreRevision,
	saveDraft
} from './revisions';
import { importUpload } from './imports';
import type { StoreError } from './store-error';
import { openWithEditors, refusal, storesUnderTest, type StoreWithEditors } from './testing/stores';
import {
	addArticle,
	checkArticle,
	createTimeline,
	findTimeline,
	listPublished,
	readPublished,
	renameTimeline
} from './timelines';

const SEED = 'russian-bounties-taliban';

for (const store of storesUnderTest()) {
	describe.skipIf(store.skip)(`the store on ${store.name}`, () => {
		let { db, close, ann, bob } = {} as StoreWithEditors;

		beforeAll(async () => {
			({ db, close, ann, bob } = await openWithEditors(store, 'Bob@Example.org'));
			await importDataDir(db, 'data');
		}, 300_000);

		afterAll(async () => close?.());

		it('imports the seed article as a published timeline with its seven events', async () => {
			const found = await readPublished(db, SEED);
			if (!found || 'redirect' in found) throw new Error('seed missing');
			expect(found.timeline.events).toHaveLength(7);
			expect(found.articles[0]!.slug).toBe(SEED);
			expect(await listPublished(db)).toEqual([
				{
					slug: SEED,
					title: 'Russia pays Taliban to kill American soldiers in Afghanistan',
					source: 'The New York Times',
					published: '2020-06-26'
				}
			]);
		});

		it('a save names its base; a save on a stale revision is refused with the newer one, never overwritten', async () => {
			const draft = await readDraft(db, SEED);
			const base = draft.revision;
			const annVersion: Timeline = { ...draft.document!, title: 'Ann’s title' };
			const bobVersion: Timeline = { ...draft.document!, title: 'Bob’s title' };
			const saved = await saveDraft(db, SEED, { base, document: annVersion, editorId: ann });
			expect(saved.revision).toBe(base + 1);
			const stale = await refusal(
				saveDraft(db, SEED, { base, document: bobVersion, editorId: bob })
			);
			expect(stale.status).toBe(409);
			expect(stale.message).toMatch(/ann@example\.org/);
			const current = stale.details.current as {
				number: number;
				document: Timeline;
				editor: string;
			};
			expect(current.number).toBe(base + 1);
			expect(current.document.title).toBe('Ann’s title');
			expect((await readDraft(db, SEED)).document!.title).toBe('Ann’s title');
		});

		it('two saves racing on one base: exactly one wins', async () => {
			const { revision, document } = await readDraft(db, SEED);
			const results = await Promise.allSettled(
				[ann, bob].map((editorId) =>
					saveDraft(db, SEED, {
						base: revision,
						document: { ...document!, title: `by ${editorId}` },
						editorId
					})
				)
			);
			expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
			const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
			expect((rejected.reason as StoreError).status).toBe(409);
		});

		it('readers see the published revision while a draft is worked on; publishing is one call', async () => {
			const published = await readPublished(db, SEED);
			if (!published || 'redirect' in published) throw new Error('missing');
			expect(published.timeline.title).toBe(
				'Russia pays Taliban to kill American soldiers in Afghanistan'
			);
			const draft = await readDraft(db, SEED);
			// The home page's list keeps the published title until the draft is published.
			const listed = async () => (await listPublished(db)).find((t) => t.slug === SEED)?.title;
			expect(await listed()).toBe('Russia pays Taliban to kill American soldiers in Afghanistan');
			await publish(db, SEED, { revision: draft.revision, editorId: ann });
			const after = await readPublished(db, SEED);
			if (!after || 'redirect' in after) throw new Error('missing');
			expect(after.revision).toBe(draft.revision);
			expect(after.timeline.title).toBe(draft.document!.title);
			expect(await listed()).toBe(draft.document!.title);
		});

		it('history lists who saved each revision and when; restoring one makes it the newest', async () => {
			const history = await listRevisions(db, SEED);
			expect(history.revisions.map((r) => r.number)).toEqual(
				[...Array(history.head).keys()].map((i) => history.head - i)
			);
			const first = history.revisions.at(-1)!;
			expect(first).toMatchObject({ number: 1, editor: null, note: 'import' });
			// Each says what it changed: the import made it; Ann retitled it.
			expect(first.changes).toEqual([{ kind: 'created', events: 7, imported: true }]);
			expect(history.revisions.at(-2)!.changes).toEqual([
				{ kind: 'renamed', title: 'Ann’s title' }
			]);
			expect(history.revisions[history.revisions.length - 2]!.editor).toBe('ann@example.org');
			expect(Date.parse(first.savedAt)).not.toBeNaN();
			const restored = await restoreRevision(db, SEED, {
				number: 1,
				base: history.head,
				editorId: bob
			});
			expect(restored.revision).toBe(history.head + 1);
			const draft = await readDraft(db, SEED);
			expect(draft.document).toEqual((await readRevision(db, SEED, 1)).document);
			expect(draft.savedBy).toBe('bob@example.org');
			expect((await listRevisions(db, SEED)).revisions[0]!.changes).toEqual([
				{ kind: 'restored', from: 1 }
			]);
			const stale = await refusal(
				restoreRevision(db, SEED, { number: 1, base: history.head, editorId: bob })
			);
			expect(stale.status).toBe(409);
		});

		it('refuses a document that breaks the model, naming the event and the field', async () => {
			const { revision, document } = await readDraft(db, SEED);
			const broken = structuredClone(document!);
			(broken.events[2]!.start as unknown as Record<string, unknown>).precision = 'fortnight';
			broken.events[3]!.source = { article: 'no-such-article', start: 0, end: 5 };
			broken.events[4]!.source = { ...broken.events[4]!.source, end: 10_000_000 };
			const error = await refusal(
				saveDraft(db, SEED, { base: revision, document: broken, editorId: ann })
			);
			expect(error.status).toBe(422);
			expect(error.message).toMatch(/events\[2\] \(id "[^"]+"\): start\.precision/);
			const again = await refusal(
				saveDraft(db, SEED, {
					base: revision,
					document: { ...document!, events: [broken.events[3], broken.events[4]] },
					editorId: ann
				})
			);
			expect(again.message).toMatch(
				/events\[0\] .*source\.article: "no-such-article" is not an article of this timeline/
			);
			expect(again.message).toMatch(
				/events\[1\] .*source\.end: 10000000 is past the end of the article/
			);
			expect((await readDraft(db, SEED)).revision).toBe(revision);
		});

		it('a save may send the changes made since its base: the server applies them to that revision and stores the timeline they make', async () => {
			const { revision, document } = await readDraft(db, SEED);
			// The editor's copy, as it came over the wire.
			const mine = JSON.parse(JSON.stringify(document)) as Timeline;
			const edited = deleteEvent(
				setEventTitle(mine, mine.events[1]!.id, 'Sent as a change'),
				mine.events[5]!.id
			);
			const changes = changesBetween(mine, edited);
			expect(JSON.stringify(changes).length).toBeLessThan(JSON.stringify(edited).length / 3);
			const saved = await saveDraft(db, SEED, { base: revision, changes, editorId: ann });
			expect(saved.revision).toBe(revision + 1);
			const after = await readDraft(db, SEED);
			expect(after.document!.events.map((e) => e.title)).toEqual(edited.events.map((e) => e.title));
			expect(after.document!.events).toHaveLength(document!.events.length - 1);

			// Bob's changes, made on the revision before: refused with Ann's, merged, saved on it.
			const bobs = changesBetween(mine, setTimelineTitle(mine, 'Bob’s title'));
			const stale = await refusal(
				saveDraft(db, SEED, { base: revision, changes: bobs, editorId: bob })
			);
			expect(stale.status).toBe(409);
			const current = stale.details.current as Revision;
			expect(current.number).toBe(revision + 1);
			const theirs = current.document;
			const merged = resolveConflicts(applyChanges(theirs, bobs), theirs, {});
			await saveDraft(db, SEED, {
				base: current.number,
				changes: changesBetween(theirs, merged),
				editorId: bob
			});
			const final = (await readDraft(db, SEED)).document!;
			expect(final.title).toBe('Bob’s title');
			expect(final.events[1]!.title).toBe('Sent as a change');
			expect(final.events).toHaveLength(document!.events.length - 1);
		});

		it('refuses changes that are not changes, or that make a broken timeline, naming where; nothing is stored', async () => {
			const { revision, document } = await readDraft(db, SEED);
			const none = { fields: {}, dropped: [], removed: [], events: [] };
			const notChanges = await refusal(
				saveDraft(db, SEED, { base: revision, changes: 'everything', editorId: ann })
			);
			expect(notChanges.status).toBe(422);
			expect(notChanges.message).toMatch(/^changes: expected \{ fields, dropped, events/);
			const shape = await refusal(
				saveDraft(db, SEED, {
					base: revision,
					changes: { ...none, removed: 'e1', events: [{ event: { id: 'x' }, after: 3 }] },
					editorId: ann
				})
			);
			expect(shape.status).toBe(422);
			expect(shape.message).toMatch(/changes\.removed: expected an array of event ids/);
			expect(shape.message).toMatch(
				/changes\.events\[0\]\.after: expected the id of the event before it, or null/
			);
			const third = document!.events[2]!;
			const blank = await refusal(
				saveDraft(db, SEED, {
					base: revision,
					changes: { ...none, events: [{ event: { ...third, title: ' ' }, after: null }] },
					editorId: ann
				})
			);
			expect(blank.status).toBe(422);
			expect(blank.message).toBe(
				`timeline: events[2] (id "${third.id}"): title: expected a non-empty string`
			);
			const elsewhere = await refusal(
				saveDraft(db, SEED, {
					base: revision,
					changes: {
						...none,
						events: [
							{
								event: {
									...third,
									id: 'added',
									source: { article: 'elsewhere', start: 0, end: 9 }
								},
								after: third.id
							}
						]
					},
					editorId: ann
				})
			);
			expect(elsewhere.status).toBe(422);
			expect(elsewhere.message).toMatch(
				/^timeline: events\[3\] \(id "added"\): source\.article: "elsewhere" is not an article of this timeline/
			);
			expect((await readDraft(db, SEED)).revision).toBe(revision);
			// The store goes on: the next save applies to the same revision.
			const next = await saveDraft(db, SEED, {
				base: revision,
				changes: { ...none, fields: { title: 'After the refusals' } },
				editorId: ann
			});
			expect(next.revision).toBe(revision + 1);
			const saved = (await readDraft(db, SEED)).document!;
			expect(saved.title).toBe('After the refusals');
			expect(saved.events).toEqual(document!.events);
		});

		it('a new timeline from text is extracted by a job, not by the request', async () => {
			const created = await createTimeline(db, {
				article: checkArticle({
					title: 'Council votes to close the plant',
					source: 'Wire',
					published: '2021-05-04',
					text: 'The council voted on Tuesday to close the plant. The plant opened in 1962 and employed 400 people in 1990.'
				}),
				editorId: ann
			});
			expect(created.slug).toBe('council-votes-to-close-the-plant');
			const before = await readDraft(db, created.slug);
			expect(before).toMatchObject({ revision: 0, document: null, published: null });
			expect(before.pending).toEqual([{ job: created.job, state: 'queued' }]);
			expect(await readPublished(db, created.slug)).toBeNull();
			await drainJobs(db, JOB_HANDLERS);
			expect(await readJob(db, created.job)).toMatchObject({ state: 'done' });
			const after = await readDraft(db, created.slug);
			expect(after.revision).toBe(1);
			expect(after.document!.events.map((e) => e.start.value)).toEqual(
				expect.arrayContaining(['1962', '2021-05-04'])
			);
		});

		it('a second article merges the same happening into one event that lists both sources', async () => {
			const slug = 'council-votes-to-close-the-plant';
			const { job, article } = await addArticle(db, slug, {
				article: checkArticle({
					title: 'Plant to shut after council vote',
					source: 'Gazette',
					published: '2021-05-05',
					text: 'Council members voted Tuesday to close the plant, ending decades of work. It had opened in 1962.'
				}),
				editorId: bob
			});
			await drainJobs(db, JOB_HANDLERS);
			expect(await readJob(db, job)).toMatchObject({ state: 'done', result: { merged: 2 } });
			const draft = await readDraft(db, slug);
			expect(draft.articles.map((a) => a.slug)).toEqual([slug, article]);
			const vote = draft.document!.events.find(
				(e) => e.start.value === '2021-05-04' && /vot/i.test(e.title)
			)!;
			expect(vote.source.article).toBe(slug);
			expect(vote.sources).toEqual([expect.objectContaining({ article })]);
			const opened = draft.document!.events.filter((e) => e.start.value === '1962');
			expect(opened).toHaveLength(1);
			expect(draft.document!.articles).toEqual([slug, article]);
			// The merged document saves: every source points into one of the timeline's articles.
			await saveDraft(db, slug, { base: draft.revision, document: draft.document, editorId: bob });
		});

		it('bad article input is refused naming the field', async () => {
			expect(() => checkArticle({ title: 'x' })).toThrow(
				/article\.text: expected the article text/
			);
			expect(() => checkArticle({ title: 'x', text: 'y', published: '2021-02-30' })).toThrow(
				/article\.published: "2021-02-30" is not a calendar date/
			);
			expect(() => checkArticle({ title: 'x', text: 'y', url: 'javascript:alert(1)' })).toThrow(
				/article\.url/
			);
			expect(() => checkArticle([])).toThrow(/article: expected an object/);
		});

		it('renaming keeps the old slug redirecting, and the old slug is never given to another timeline', async () => {
			await publish(db, 'council-votes-to-close-the-plant', { revision: 1, editorId: ann });
			await renameTimeline(db, 'council-votes-to-close-the-plant', 'plant-closure');
			expect(await findTimeline(db, 'council-votes-to-close-the-plant')).toEqual({
				redirect: 'plant-closure'
			});
			expect(await readPublished(db, 'council-votes-to-close-the-plant')).toEqual({
				redirect: 'plant-closure'
			});
			const taken = await refusal(renameTimeline(db, SEED, 'council-votes-to-close-the-plant'));
			expect(taken.status).toBe(409);
			const again = await refusal(
				createTimeline(db, {
					slug: 'council-votes-to-close-the-plant',
					article: checkArticle({
						title: 'Another',
						text: 'In 2020 it rained.',
						published: '2021-01-01'
					}),
					editorId: ann
				})
			);
			expect(again.status).toBe(409);
			// Renaming back to its own old slug is allowed, and the redirect turns around.
			await renameTimeline(db, 'plant-closure', 'council-votes-to-close-the-plant');
			expect(await findTimeline(db, 'plant-closure')).toEqual({
				redirect: 'council-votes-to-close-the-plant'
			});
			await renameTimeline(db, 'council-votes-to-close-the-plant', 'plant-closure');
			const bad = await refusal(renameTimeline(db, 'plant-closure', 'Not A Slug'));
			expect(bad.status).toBe(400);
		});

		it('export writes files that import reads back unchanged, several articles included', async () => {
			const dir = mkdtempSync(join(tmpdir(), 'dateline-export-'));
			const out = await exportDataDir(db, dir);
			expect(out.timelines).toEqual(expect.arrayContaining([SEED, 'plant-closure']));
			expect(readFileSync(join(dir, 'articles', `${SEED}.md`), 'utf8')).toBe(
				readFileSync(join('data', 'articles', `${SEED}.md`), 'utf8')
			);
			const report = await importDataDir(db, dir);
			expect(report.problems).toEqual([]);
			expect(report.created).toEqual([]);
			expect(report.updated).toEqual([]);
			const json = JSON.parse(readFileSync(join(dir, 'timelines', 'plant-closure.json'), 'utf8'));
			expect(json.articles).toHaveLength(2);
		});

		it('a broken file is listed with its problem and the rest still import', async () => {
			const dir = mkdtempSync(join(tmpdir(), 'dateline-broken-'));
			mkdirSync(join(dir, 'articles'));
			mkdirSync(join(dir, 'timelines'));
			cpSync(join('data', 'articles', `${SEED}.md`), join(dir, 'articles', 'fine.md'));
			writeFileSync(
				join(dir, 'articles', 'broken.md'),
				'---\ntitle: Broken\nsource: W\npublished: 2020-06-26\n---\nIn 2019.\n'
			);
			writeFileSync(
				join(dir, 'timelines', 'broken.json'),
				JSON.stringify({
					events: [
						{ id: 'x', title: 'T', summary: '', source: { article: 'broken', start: 0, end: 1 } }
					]
				})
			);
			const report = await importDataDir(db, dir);
			expect(report.created).toEqual(['fine']);
			expect(report.problems).toEqual([
				expect.objectContaining({
					file: 'data/timelines/broken.json',
					slug: 'broken',
					message: expect.stringMatching(/events\[0\] \(id "x"\): start: expected a fuzzy date/)
				})
			]);
			expect(await listImportProblems(db)).toHaveLength(1);
		});

		it('TimelineJS JSON and its sheet CSV go into the store and come back out whole (npm run import / export)', async () => {
			const fixtures = 'src/lib/interchange/fixtures';
			for (const [file, slug, format] of [
				['apollo.timelinejs.json', 'apollo', 'timelinejs'],
				['newsroom-sheet.csv', 'newsroom-sheet', 'csv']
			] as const) {
				const folder = (await folderForFile(join(fixtures, file), slug))!;
				const report = await importDataDir(db, folder);
				expect(report.problems).toEqual([]);
				expect(report.created).toEqual([slug]);
				const found = await readPublished(db, slug);
				if (!found || 'redirect' in found) throw new Error(`${slug} was not published`);
				const out = exportTimeline(found.timeline, format).body;
				const original = readFileSync(join(fixtures, file), 'utf8');
				if (format === 'timelinejs') {
					// Dateline's own dates ride along under `dateline`; everything else is as it came.
					const strip = (v: unknown): unknown =>
						Array.isArray(v)
							? v.map(strip)
							: v && typeof v === 'object'
								? Object.fromEntries(
										Object.entries(v)
											.filter(([k]) => k !== 'dateline')
											.map(([k, x]) => [k, strip(x)])
									)
								: v;
					expect(strip(JSON.parse(out))).toEqual(JSON.parse(original));
				} else {
					// The same rows and cells; only quoting may differ.
					const cells = (text: string) =>
						importSheet(text, {
							file,
							published: '2020-06-26',
							slug
						}).timeline.events.map((e) => [e.title, e.start.value, e.end?.value, e.extra]);
					expect(cells(out)).toEqual(cells(original));
				}
			}
		});

		it('an uploaded timeline file becomes a timeline as it is; a bad one is refused by row or event and field', async () => {
			const apollo = readFileSync('src/lib/interchange/fixtures/apollo.timelinejs.json', 'utf8');
			const first = await importUpload(db, { name: 'apollo.json', content: apollo, editorId: ann });
			const again = await importUpload(db, { name: 'apollo.json', content: apollo, editorId: ann });
			expect(first.format).toBe('timelinejs');
			// A second upload of the same file is a timeline and an article of its own.
			expect(again.slug).not.toBe(first.slug);
			const draft = await readDraft(db, again.slug);
			expect(draft.document!.events).toHaveLength(JSON.parse(apollo).events.length);
			expect(draft.articles).toHaveLength(1);
			expect(new Set(draft.document!.events.map((e) => e.source.article))).toEqual(
				new Set([draft.articles[0]!.slug])
			);
			expect(draft.published).toBe(null);

			// Dateline's JSON names its articles, which must be in the store.
			const seed = await readDraft(db, SEED);
			const copy = await importUpload(db, {
				name: 'seed.json',
				content: JSON.stringify(seed.document),
				editorId: ann
			});
			expect((await readDraft(db, copy.slug)).document!.events).toEqual(seed.document!.events);
			const orphan = await refusal(
				importUpload(db, {
					name: 'orphan.json',
					content: JSON.stringify({ ...seed.document, article: 'nowhere-to-be-found' }),
					editorId: ann
				})
			);
			expect(orphan.status).toBe(422);
			expect(orphan.message).toMatch(
				/orphan\.json: article: "nowhere-to-be-found" is not an article/
			);

			const sheet = await refusal(
				importUpload(db, {
					name: 'bad.csv',
					content: 'Year,Month,Headline\n2019,4,Fine\n2020,13,Bad month\n',
					editorId: ann
				})
			);
			expect(sheet.status).toBe(422);
			expect(sheet.details.problems?.[0]?.where).toBe('bad.csv: row 3: Month');
			const tjs = await refusal(
				importUpload(db, {
					name: 'bad.json',
					content: JSON.stringify({ events: [{ start_date: { year: 'soon' } }] }),
					editorId: ann
				})
			);
			expect(tjs.status).toBe(422);
			expect(tjs.message).toMatch(/bad\.json: events\[0\].*start_date.*year/);
			const article = await refusal(
				importUpload(db, { name: 'story.txt', content: 'In 2019 it rained.', editorId: ann })
			);
			expect(article.status).toBe(415);
		});
	});
}

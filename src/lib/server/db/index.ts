/**
 * The store: PostgreSQL through Kysely. One `database()` per process, opened on first use:
 * an embedded PGlite in `$DATELINE_DATA/db` (default `data/db`), or the PostgreSQL server
 * named by `DATABASE_URL=postgres://…`. Migrations (./migrations, numbered) run on open; on a
 * store's first open the files in data/articles and data/timelines are imported.
 *
 * API (server-only; every function takes the store as its first argument):
 *
 *   database()                                  → Store (Kysely<Database>), opened + migrated + imported
 *   ../timelines.ts
 *     listPublished(db)                         → [{ slug, title, source, published }] (home, static export)
 *     listAll(db)                               → every timeline with head/published revision (editors)
 *     findTimeline(db, slug)                    → row | { redirect: newSlug } | null
 *     readPublished(db, slug)                   → { slug, revision, timeline, articles } | { redirect } | null
 *     checkArticle(json)                        → ArticleInput, or StoreError 400/413 naming the field
 *     createTimeline(db, { article, slug?, editorId }) → { slug, article, job } (extraction is a job)
 *     addArticle(db, slug, { article, editorId })      → { article, job } (job merges events in)
 *     renameTimeline(db, slug, newSlug)         → { slug }; the old slug redirects for good
 *   ../revisions.ts
 *     readDraft(db, slug)                       → { slug, revision, published, document, savedAt,
 *                                                   savedBy, articles, pending: [{ job, state }] }
 *     saveDraft(db, slug, { base, changes | document, editorId }) → { revision, savedAt }
 *                                                 | StoreError 409 { current: Revision } when base ≠ head
 *                                                 | StoreError 422 { problems } when the document is invalid
 *     publish(db, slug, { revision, editorId }) → { published, head }
 *     listRevisions(db, slug)                   → { head, published, revisions: [{ number, parent,
 *                                                   editor, note, savedAt, publishedAt,
 *                                                   unpublishedAt, unpublishedBy, events }] }
 *     readRevision(db, slug, n), restoreRevision(db, slug, { number, base?, editorId }) → { revision }
 *   ../unpublish.ts
 *     unpublish(db, slug, { editorId })         → { published: null, head, unpublished } | 409 when not published
 *   ../deletion.ts (soft: restorable for RESTORABLE_DAYS, then purged)
 *     deleteTimeline(db, slug, { editorId })    → { slug, deletedAt, restorableUntil }
 *     undeleteTimeline(db, slug)                → { slug, published } | 404
 *     listDeleted(db), purgeDeleted(db, now?)   → restorable ones (home) / slugs purged for good
 *   ../drafts.ts
 *     listDrafts(db)                            → [{ slug, title, revision, published, editor, savedAt }]
 *                                                 unpublished, or published with newer revisions (home, editors)
 *   ../editors.ts   addEditor(db, email, password?) → { editor, password, created }
 *   ../sessions.ts  signIn(db, email, password, address) (rate limited), createSession(db, editorId),
 *                   validateSession(db, token) (sliding), revokeSession, revokeEditorSessions
 *   ../jobs.ts      enqueueJob, readJob(db, id) → { state: queued|running|done|failed, result, error }
 *   ../data-files.ts importDataDir(db, dir), exportDataDir(db, dir), listImportProblems(db)
 *
 * HTTP (src/routes/api, JSON; every write needs a session cookie and a same-origin Origin):
 *   GET  /api/timelines                         every timeline (editors)
 *   POST /api/timelines                         { article: { title, text, source?, published?, url? }, slug? }
 *                                               → 202 { slug, article, job }
 *   GET  /api/timelines/<slug>/draft            → Draft
 *   PUT  /api/timelines/<slug>/draft            { base, changes } or { base, document } → { revision, savedAt } | 409 { current }
 *   POST /api/timelines/<slug>/publish          { revision } → { published, head }
 *   POST /api/timelines/<slug>/unpublish        {} → { published: null, head, unpublished }
 *   DELETE /api/timelines/<slug>                → { slug, deletedAt, restorableUntil }
 *   POST /api/timelines/<slug>/undelete         {} → { slug, published }
 *   GET  /api/timelines/<slug>/revisions        → history;  GET …/revisions/<n> → Revision
 *   POST /api/timelines/<slug>/revisions/<n>/restore  { base? } → { revision }
 *   POST /api/timelines/<slug>/articles         { article } → 202 { article, job }
 *   POST /api/timelines/<slug>/rename           { slug } → { slug }
 *   GET  /api/jobs/<id>                         → Job
 * Errors: { error: message naming what and where, problems?, current? } with a 4xx status.
 */
import { join } from 'node:path';
import { dataDir } from '../articles';
import { importDataDir } from '../data-files';
import { purgeDeleted } from '../deletion';
import { openStore, type Store } from './connect';

export { openStore, migrate, type Store, type StoreOptions } from './connect';
export type { Database } from './schema';

export { dataDir };

/** The store this process uses, as the environment says. */
export function storeOptions() {
	const url = process.env.DATABASE_URL;
	return url ? { url } : { dir: join(dataDir(), 'db') };
}

const FILES_IMPORTED = 'files_imported';

/**
 * Imports data/ once per store: a store that has seen the files keeps its own edits (and
 * deletions) from then on; `npm run import` imports again on purpose.
 */
export async function importOnFirstOpen(db: Store, dir = dataDir()): Promise<void> {
	const claim = await db
		.insertInto('settings')
		.values({ key: FILES_IMPORTED, value: JSON.stringify(new Date().toISOString()) })
		.onConflict((oc) => oc.column('key').doNothing())
		.returning('key')
		.executeTakeFirst();
	if (!claim) return;
	const report = await importDataDir(db, dir);
	for (const p of report.problems) console.warn(`import: ${p.message}`);
}

// Kept on globalThis so Vite's dev server, which re-imports modules on change, opens it once.
const slot = globalThis as unknown as { __datelineStore?: Promise<Store> };

export function database(): Promise<Store> {
	slot.__datelineStore ??= (async () => {
		const db = await openStore(storeOptions());
		await importOnFirstOpen(db);
		await purgeDeleted(db);
		return db;
	})().catch((e) => {
		slot.__datelineStore = undefined;
		throw e;
	});
	return slot.__datelineStore;
}

export async function closeDatabase(): Promise<void> {
	const pending = slot.__datelineStore;
	slot.__datelineStore = undefined;
	if (pending) await (await pending).destroy();
}

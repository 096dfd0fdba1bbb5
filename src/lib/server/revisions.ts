import type { Kysely } from 'kysely';
import type { Draft, Revision, RevisionInfo } from '../authoring/api';
import { applyChanges, checkChanges, type DraftChanges } from '../authoring/draft-changes';
import { revisionChanges } from '../authoring/revision-changes';
import { sameValue } from '../timeline/same-value';
import { validateTimeline } from '../timeline/validate';
import { DataError, type Problem } from '../timeline/problems';
import type { Article, Timeline } from '../timeline/types';
import type { Database } from './db/schema';
import { StoreError } from './store-error';
import {
	articlesOf,
	forgetDocument,
	rememberDocument,
	revisionDocument,
	timelineForWrite,
	type TimelineRow
} from './timelines';

type Db = Kysely<Database>;

// The API's wire types are the editor's (src/lib/authoring/api.ts): one definition for both ends.
export type { Draft, Revision, RevisionInfo };

const revisionColumns = [
	'revisions.number',
	'revisions.parent',
	'revisions.note',
	'revisions.created_at',
	'revisions.published_at',
	'revisions.unpublished_at',
	'revisions.document',
	'editors.email',
	'unpublisher.email as unpublisher'
] as const;

function toRevision(row: {
	number: number;
	parent: number | null;
	note: string | null;
	created_at: Date;
	published_at: Date | null;
	unpublished_at: Date | null;
	document: Timeline;
	email: string | null;
	unpublisher: string | null;
}): Revision {
	return {
		number: row.number,
		parent: row.parent,
		editor: row.email,
		note: row.note,
		savedAt: new Date(row.created_at).toISOString(),
		publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null,
		unpublishedAt: row.unpublished_at ? new Date(row.unpublished_at).toISOString() : null,
		unpublishedBy: row.unpublished_at ? row.unpublisher : null,
		events: row.document.events?.length ?? 0,
		document: row.document
	};
}

async function revisionOf(
	db: Db,
	timelineId: number,
	number: number,
	store: Db = db
): Promise<Revision | null> {
	const row = await db
		.selectFrom('revisions')
		.leftJoin('editors', 'editors.id', 'revisions.editor_id')
		.leftJoin('editors as unpublisher', 'unpublisher.id', 'revisions.unpublished_by')
		.select(revisionColumns.filter((c) => c !== 'revisions.document'))
		.where('revisions.timeline_id', '=', timelineId)
		.where('revisions.number', '=', number)
		.executeTakeFirst();
	if (!row) return null;
	// Through the store's cache: the draft an editor opens is most often the one just saved.
	return toRevision({ ...row, document: await revisionDocument(store, timelineId, number, db) });
}

/** The newest revision with everything an editor needs to work on it. */
export async function readDraft(db: Db, slug: string): Promise<Draft> {
	const timeline = await timelineForWrite(db, slug);
	const head = timeline.head ? await revisionOf(db, timeline.id, timeline.head) : null;
	const pending = await db
		.selectFrom('jobs')
		.select(['id', 'state'])
		.where('kind', '=', 'extract-article')
		.where('state', 'in', ['queued', 'running'])
		.where((eb) => eb(eb.ref('payload', '->>').key('timelineId'), '=', String(timeline.id)))
		.orderBy('id')
		.execute();
	const published = timeline.published_revision;
	return {
		slug: timeline.slug,
		revision: timeline.head,
		published,
		asPublished:
			published !== null &&
			!!head &&
			(published === timeline.head ||
				sameValue(head.document, await revisionDocument(db, timeline.id, published))),
		document: head?.document ?? null,
		savedAt: head?.savedAt ?? null,
		savedBy: head?.editor ?? null,
		articles: await articlesOf(db, timeline.id),
		pending: pending.map((j) => ({ job: j.id, state: j.state }))
	};
}

/**
 * Checks a document against the model and against the timeline's own articles: every event's
 * source must name one of them and point inside its text. Returns a clean copy.
 */
export function checkDocument(json: unknown, articles: Article[], where = 'timeline'): Timeline {
	let timeline: Timeline;
	try {
		timeline = validateTimeline(json, where);
	} catch (e) {
		if (e instanceof DataError) {
			throw new StoreError(422, e.message, { problems: e.problems });
		}
		throw e;
	}
	const problems: Problem[] = [];
	const bySlug = new Map(articles.map((a) => [a.slug, a]));
	timeline.events.forEach((event, i) => {
		for (const [k, source] of [
			['source', event.source],
			...(event.sources ?? []).map((s, j) => [`sources[${j}]`, s] as const)
		] as const) {
			const article = bySlug.get(source.article);
			const at = `${where}: events[${i}] (id "${event.id}"): ${k}`;
			if (!article) {
				problems.push({
					where: `${at}.article`,
					message: `"${source.article}" is not an article of this timeline (${[...bySlug.keys()].join(', ') || 'none yet'})`
				});
			} else if (source.end > article.text.length) {
				problems.push({
					where: `${at}.end`,
					message: `${source.end} is past the end of the article (${article.text.length} characters)`
				});
			}
		}
	});
	if (problems.length) {
		throw new StoreError(422, problems.map((p) => `${p.where}: ${p.message}`).join('\n'), {
			problems
		});
	}
	return timeline;
}

/** Refusal of a write made from a revision that is no longer the newest. */
async function conflict(
	db: Db,
	timeline: TimelineRow,
	base: number,
	store: Db = db
): Promise<never> {
	const current = await revisionOf(db, timeline.id, timeline.head, store);
	const by = current?.editor ? ` by ${current.editor}` : '';
	throw new StoreError(
		409,
		`Revision ${timeline.head} was saved${by} after revision ${base}, the one this edit started from. Nothing was overwritten: merge your changes into revision ${timeline.head} and save again.`,
		{ current }
	);
}

async function appendRevision(
	trx: Db,
	timeline: TimelineRow,
	document: Timeline,
	editorId: number | null,
	note: string | null
): Promise<number> {
	const number = timeline.head + 1;
	await trx
		.insertInto('revisions')
		.values({
			timeline_id: timeline.id,
			number,
			parent: timeline.head || null,
			document: JSON.stringify(document),
			title: document.title ?? null,
			// The lists' byline day: none when the story has no known day.
			published: document.publishedUnknown ? null : (document.published ?? null),
			editor_id: editorId,
			note
		})
		.execute();
	await trx
		.updateTable('timelines')
		.set({ head: number, updated_at: new Date() })
		.where('id', '=', timeline.id)
		.execute();
	return number;
}

/** Changes sent from outside, checked for their shape: a 422 naming each problem otherwise. */
function changesOf(json: unknown): DraftChanges {
	try {
		return checkChanges(json);
	} catch (e) {
		if (e instanceof DataError) throw new StoreError(422, e.message, { problems: e.problems });
		throw e;
	}
}

/**
 * Saves a draft made from revision `base`: the whole `document`, or the `changes` the editor
 * made since `base` (src/lib/authoring/draft-changes.ts), applied here to that revision. Either
 * way the timeline it makes is checked whole, as any saved timeline is. In one transaction
 * with the timeline's row locked, so two saves cannot both pass the check, and a crash leaves
 * either the whole new revision or none of it. A stale base is refused (409) with the newer
 * revision, never overwritten.
 */
export async function saveDraft(
	db: Db,
	slug: string,
	input: {
		base: number;
		document?: unknown;
		changes?: unknown;
		editorId: number | null;
		note?: string;
	}
): Promise<{ revision: number; savedAt: string }> {
	const saved = await db.transaction().execute(async (trx) => {
		const timeline = await timelineForWrite(trx, slug, true);
		if (input.base !== timeline.head) await conflict(trx, timeline, input.base, db);
		let json = input.document;
		if (input.changes !== undefined) {
			const changes = changesOf(input.changes);
			if (!timeline.head) {
				throw new StoreError(
					409,
					`changes: "${slug}" has no revision yet to apply them to (its article is still being read)`
				);
			}
			json = applyChanges(await revisionDocument(db, timeline.id, timeline.head, trx), changes);
		}
		const document = checkDocument(json, await articlesOf(trx, timeline.id));
		const revision = await appendRevision(
			trx,
			timeline,
			document,
			input.editorId,
			input.note ?? null
		);
		return { timeline: timeline.id, revision, document, published: timeline.published_revision };
	});
	// Committed: the next save's changes apply to it without reading it back. The draft it
	// replaces goes (unless readers read it), or a run of saves of a 100,000-event draft would
	// keep eight of its documents in memory.
	if (input.base !== saved.published) forgetDocument(db, saved.timeline, input.base);
	rememberDocument(db, saved.timeline, saved.revision, saved.document);
	return { revision: saved.revision, savedAt: new Date().toISOString() };
}

/**
 * Makes `revision` the one readers see. It names the revision the editor looked at, so what
 * is published is what they saw, even if a colleague saved a newer draft meanwhile.
 */
export async function publish(
	db: Db,
	slug: string,
	input: { revision: number; editorId: number | null }
): Promise<{ published: number; head: number }> {
	return db.transaction().execute(async (trx) => {
		const timeline = await timelineForWrite(trx, slug, true);
		const exists = await revisionOf(trx, timeline.id, input.revision);
		if (!exists) {
			throw new StoreError(
				404,
				`revision: "${slug}" has no revision ${input.revision} (the newest is ${timeline.head})`
			);
		}
		await trx
			.updateTable('revisions')
			.set({ published_at: new Date(), published_by: input.editorId })
			.where('timeline_id', '=', timeline.id)
			.where('number', '=', input.revision)
			.execute();
		await trx
			.updateTable('timelines')
			.set({ published_revision: input.revision, updated_at: new Date() })
			.where('id', '=', timeline.id)
			.execute();
		return { published: input.revision, head: timeline.head };
	});
}

/**
 * How many revisions History keeps for a timeline: counted, as their numbers say only which is
 * newest (a page's own number is also stale once someone else saves).
 */
export async function countRevisions(
	db: Db,
	slug: string
): Promise<{ slug: string; head: number; revisions: number }> {
	const timeline = await timelineForWrite(db, slug);
	const { kept } = await db
		.selectFrom('revisions')
		.select((eb) => eb.fn.countAll<string | number>().as('kept'))
		.where('timeline_id', '=', timeline.id)
		.executeTakeFirstOrThrow();
	return { slug: timeline.slug, head: timeline.head, revisions: Number(kept) };
}

/**
 * Every revision, newest first: who saved it, when, when it was published, and what it changed
 * from the revision it was made from (the documents are read for the list already).
 */
export async function listRevisions(
	db: Db,
	slug: string,
	{ limit = 200, before }: { limit?: number; before?: number } = {}
): Promise<{ slug: string; head: number; published: number | null; revisions: RevisionInfo[] }> {
	const timeline = await timelineForWrite(db, slug);
	let query = db
		.selectFrom('revisions')
		.leftJoin('editors', 'editors.id', 'revisions.editor_id')
		.leftJoin('editors as unpublisher', 'unpublisher.id', 'revisions.unpublished_by')
		.select(revisionColumns)
		.where('revisions.timeline_id', '=', timeline.id)
		.orderBy('revisions.number', 'desc')
		.limit(Math.max(1, Math.min(limit, 1000)));
	if (before !== undefined) query = query.where('revisions.number', '<', before);
	const rows = await query.execute();
	const listed = new Map(rows.map((row) => [row.number, row.document]));
	const revisions: RevisionInfo[] = [];
	for (const row of rows) {
		const { document, ...info } = toRevision(row);
		// The oldest listed revision's parent is read on its own.
		const parent =
			row.parent === null
				? null
				: (listed.get(row.parent) ?? (await revisionDocument(db, timeline.id, row.parent)));
		revisions.push({ ...info, changes: revisionChanges(parent, document, row.note) });
	}
	return {
		slug: timeline.slug,
		head: timeline.head,
		published: timeline.published_revision,
		revisions
	};
}

export async function readRevision(db: Db, slug: string, number: number): Promise<Revision> {
	const timeline = await timelineForWrite(db, slug);
	const revision = await revisionOf(db, timeline.id, number);
	if (!revision) {
		throw new StoreError(
			404,
			`"${slug}" has no revision ${number} (the newest is ${timeline.head})`
		);
	}
	return revision;
}

/**
 * Brings an old revision back as the newest one (history is never rewritten: the revisions in
 * between stay listed). With `base`, refused like a save when someone saved since.
 */
export async function restoreRevision(
	db: Db,
	slug: string,
	input: { number: number; base?: number; editorId: number | null }
): Promise<{ revision: number }> {
	return db.transaction().execute(async (trx) => {
		const timeline = await timelineForWrite(trx, slug, true);
		if (input.base !== undefined && input.base !== timeline.head)
			await conflict(trx, timeline, input.base);
		const old = await revisionOf(trx, timeline.id, input.number);
		if (!old) {
			throw new StoreError(
				404,
				`"${slug}" has no revision ${input.number} to restore (the newest is ${timeline.head})`
			);
		}
		const revision = await appendRevision(
			trx,
			timeline,
			old.document,
			input.editorId,
			`restore ${input.number}`
		);
		return { revision };
	});
}

export { appendRevision };

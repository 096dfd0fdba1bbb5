import type { Kysely } from 'kysely';
import type { DeletedSummary } from '../authoring/api';
import { RESTORABLE_DAYS } from '../authoring/restorable';
import type { Database } from './db/schema';
import { StoreError } from './store-error';
import { headRevisions, timelineForWrite } from './timelines';

type Db = Kysely<Database>;

export type { DeletedSummary };

/**
 * Deletion is soft for RESTORABLE_DAYS (30): one mistaken click would otherwise lose every
 * revision of a draft an editor spent a day on, and a month covers a holiday. After it, the
 * timeline, its revisions and its own articles go for good.
 */
const DAY_MS = 86_400_000;
const purgeAt = (deletedAt: Date) =>
	new Date(deletedAt.getTime() + RESTORABLE_DAYS * DAY_MS).toISOString();

/**
 * Deletes a timeline: from now on readers, embeds, oEmbed, lists and the static export know it
 * as one that never existed (every read goes through findTimeline, which skips deleted ones),
 * and every write to it is refused. Nothing else changes: other timelines, editors and their
 * sessions are untouched. Its slug stays taken (and its old slugs keep pointing at it) until it
 * is purged, so restoring it brings its links back.
 */
export async function deleteTimeline(
	db: Db,
	slug: string,
	input: { editorId: number | null; now?: Date }
): Promise<{ slug: string; deletedAt: string; restorableUntil: string }> {
	const now = input.now ?? new Date();
	const deleted = await db.transaction().execute(async (trx) => {
		const timeline = await timelineForWrite(trx, slug, true);
		await trx
			.updateTable('timelines')
			.set({ deleted_at: now, deleted_by: input.editorId })
			.where('id', '=', timeline.id)
			.execute();
		return { slug: timeline.slug, deletedAt: now.toISOString(), restorableUntil: purgeAt(now) };
	});
	await purgeDeleted(db, now);
	return deleted;
}

/** Brings a deleted timeline back as it was (published or not), while it is restorable. */
export async function undeleteTimeline(
	db: Db,
	slug: string,
	input: { now?: Date } = {}
): Promise<{ slug: string; published: number | null }> {
	await purgeDeleted(db, input.now);
	const row = await db
		.updateTable('timelines')
		.set({ deleted_at: null, deleted_by: null, updated_at: new Date() })
		.where('slug', '=', slug)
		.where('deleted_at', 'is not', null)
		.returning(['slug', 'published_revision'])
		.executeTakeFirst();
	if (!row) {
		throw new StoreError(
			404,
			`No deleted timeline called "${slug}" (a deleted timeline can be restored for ${RESTORABLE_DAYS} days)`
		);
	}
	return { slug: row.slug, published: row.published_revision };
}

/** Timelines deleted and still restorable, newest deletion first: the editors' home page. */
export async function listDeleted(db: Db): Promise<DeletedSummary[]> {
	const rows = await headRevisions(db)
		.leftJoin('editors', 'editors.id', 'timelines.deleted_by')
		.select([
			'timelines.slug',
			'timelines.deleted_at',
			'timelines.published_revision',
			'revisions.title as document_title',
			'articles.title as article_title',
			'editors.email'
		])
		.where('timelines.deleted_at', 'is not', null)
		.orderBy('timelines.deleted_at', 'desc')
		.execute();
	return rows.map((r) => {
		const deletedAt = new Date(r.deleted_at!);
		return {
			slug: r.slug,
			title: r.document_title || r.article_title || r.slug,
			published: r.published_revision,
			deletedBy: r.email,
			deletedAt: deletedAt.toISOString(),
			restorableUntil: purgeAt(deletedAt)
		};
	});
}

/**
 * Removes for good the timelines deleted more than RESTORABLE_DAYS ago: the timeline row (its
 * revisions, article links and old slugs go with it, by the schema's cascades) and the articles
 * that were its own, that no other timeline reads. Run when a timeline is deleted or restored
 * and when the store opens.
 */
export async function purgeDeleted(db: Db, now = new Date()): Promise<string[]> {
	const before = new Date(now.getTime() - RESTORABLE_DAYS * DAY_MS);
	return db.transaction().execute(async (trx) => {
		const gone = await trx
			.selectFrom('timelines')
			.select(['id', 'slug'])
			.where('deleted_at', '<', before)
			.forUpdate()
			.execute();
		if (!gone.length) return [];
		const ids = gone.map((t) => t.id);
		const articles = await trx
			.selectFrom('timeline_articles')
			.select('article_id')
			.where('timeline_id', 'in', ids)
			.execute();
		await trx.deleteFrom('timelines').where('id', 'in', ids).execute();
		const articleIds = [...new Set(articles.map((a) => a.article_id))];
		if (articleIds.length) {
			await trx
				.deleteFrom('articles')
				.where('id', 'in', articleIds)
				.where(({ not, exists, selectFrom }) =>
					not(
						exists(
							selectFrom('timeline_articles')
								.select('article_id')
								.whereRef('timeline_articles.article_id', '=', 'articles.id')
						)
					)
				)
				.execute();
		}
		return gone.map((t) => t.slug);
	});
}

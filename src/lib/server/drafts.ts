import { sql, type Kysely } from 'kysely';
import type { DraftSummary } from '../authoring/api';
import type { Database } from './db/schema';
import { headRevisions } from './timelines';

type Db = Kysely<Database>;

export type { DraftSummary };

/**
 * The timelines an editor still has work in: never published, or published with a newer
 * revision that says something else than the one readers see (edits undone back to the
 * published timeline leave newer revisions that say the same: no work in them). Newest edit first. A timeline whose first extraction is still
 * running (no revision yet) is listed too, under its article's title: a mistaken paste must be
 * findable to be deleted.
 */
export async function listDrafts(db: Db): Promise<DraftSummary[]> {
	const rows = await headRevisions(db)
		.leftJoin('revisions as shown', (join) =>
			join
				.onRef('shown.timeline_id', '=', 'timelines.id')
				.onRef('shown.number', '=', 'timelines.published_revision')
		)
		.leftJoin('editors', 'editors.id', 'revisions.editor_id')
		.select([
			'timelines.slug',
			'timelines.head',
			'timelines.published_revision',
			'timelines.created_at',
			'revisions.title as document_title',
			'revisions.created_at as saved_at',
			'editors.email',
			'articles.title as article_title'
		])
		.where('timelines.deleted_at', 'is', null)
		.where((eb) =>
			eb.or([
				eb('timelines.published_revision', 'is', null),
				eb.and([
					eb('timelines.published_revision', '!=', eb.ref('timelines.head')),
					// As values (jsonb), not as text: the same timeline written with its keys in
					// another order is the same timeline.
					sql<boolean>`${sql.ref('revisions.document')}::jsonb is distinct from ${sql.ref('shown.document')}::jsonb`
				])
			])
		)
		.execute();
	return rows
		.map((r) => ({
			slug: r.slug,
			title: r.document_title || r.article_title || r.slug,
			revision: r.head,
			published: r.published_revision,
			editor: r.email,
			savedAt: new Date(r.saved_at ?? r.created_at).toISOString()
		}))
		.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.title.localeCompare(b.title));
}

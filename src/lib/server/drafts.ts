import type { Kysely } from 'kysely';
import type { DraftSummary } from '../authoring/api';
import type { Database } from './db/schema';
import { headRevisions } from './timelines';

type Db = Kysely<Database>;

export type { DraftSummary };

/**
 * The timelines an editor still has work in: never published, or published with a newer
 * revision than readers see. Newest edit first. A timeline whose first extraction is still
 * running (no revision yet) is listed too, under its article's title: a mistaken paste must be
 * findable to be deleted.
 */
export async function listDrafts(db: Db): Promise<DraftSummary[]> {
	const rows = await headRevisions(db)
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
				eb('timelines.published_revision', '!=', eb.ref('timelines.head'))
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

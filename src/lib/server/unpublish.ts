import type { Kysely } from 'kysely';
import type { Database } from './db/schema';
import { StoreError } from './store-error';
import { timelineForWrite } from './timelines';

type Db = Kysely<Database>;

/**
 * Takes a published timeline off the site: its page, embed, oEmbed, events and preview image
 * answer 404 as for a timeline never published, and the static export leaves it out (they all
 * read the published revision, which it no longer has). The draft and every revision stay;
 * Publish puts it back. History keeps who did it and when, on the revision readers saw.
 */
export async function unpublish(
	db: Db,
	slug: string,
	input: { editorId: number | null }
): Promise<{ published: null; head: number; unpublished: number }> {
	return db.transaction().execute(async (trx) => {
		const timeline = await timelineForWrite(trx, slug, true);
		const revision = timeline.published_revision;
		if (revision === null) {
			throw new StoreError(
				409,
				`"${timeline.slug}" is not published: readers already get "not found"; nothing to take off the site`
			);
		}
		await trx
			.updateTable('revisions')
			.set({ unpublished_at: new Date(), unpublished_by: input.editorId })
			.where('timeline_id', '=', timeline.id)
			.where('number', '=', revision)
			.execute();
		await trx
			.updateTable('timelines')
			.set({ published_revision: null, updated_at: new Date() })
			.where('id', '=', timeline.id)
			.execute();
		return { published: null, head: timeline.head, unpublished: revision };
	});
}

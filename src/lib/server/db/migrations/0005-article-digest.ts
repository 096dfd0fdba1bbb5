import type { Kysely } from 'kysely';
import { articleDigest } from '../../article-digest';

/**
 * Each article's digest of its normalised text (server/article-digest.ts) in an indexed column:
 * /new looks a paste up by it (and by its address, indexed too), where it trimmed and compared
 * the whole text of every article in the store. Existing articles get theirs here, once, computed as the server computes it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable('articles').addColumn('text_digest', 'text').execute();
	const store = db as unknown as Kysely<{
		articles: { id: number; text: string; text_digest: string | null };
	}>;
	const rows = await store.selectFrom('articles').select(['id', 'text']).execute();
	for (const { id, text } of rows)
		await store
			.updateTable('articles')
			.set({ text_digest: articleDigest(text) })
			.where('id', '=', id)
			.execute();
	await db.schema
		.createIndex('articles_text_digest_index')
		.on('articles')
		.column('text_digest')
		.execute();
	// The same lookup asks for the source address too: an unindexed half of an `or` would
	// read the whole table again.
	await db.schema.createIndex('articles_url_index').on('articles').column('url').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropIndex('articles_url_index').execute();
	await db.schema.dropIndex('articles_text_digest_index').execute();
	await db.schema.alterTable('articles').dropColumn('text_digest').execute();
}

import { sql, type Kysely } from 'kysely';

/**
 * Each revision's title and story date (its document's `title` and `published`) in columns of
 * their own, written with the revision: the home page, the status page and the editors' list
 * read them there instead of parsing every listed document (`json`, so `document->>'title'`
 * parses the whole of it: 27 MB for a timeline of 100,000 events). Existing revisions get
 * theirs from their documents, once; no document changes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.alterTable('revisions')
		.addColumn('title', 'text')
		.addColumn('published', 'text')
		.execute();
	await sql`update revisions set title = document->>'title', published = document->>'published'`.execute(
		db
	);
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable('revisions').dropColumn('title').dropColumn('published').execute();
}

import type { Kysely } from 'kysely';

/**
 * Who took a published revision off the site, and when: an unpublish is kept in History on the
 * revision readers saw, not as a new revision, so an editor's open draft is not made stale by it
 * (a new revision would refuse their next save with a conflict). Publishing it again keeps the
 * record: the row then reads as published, and once taken off.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.alterTable('revisions')
		.addColumn('unpublished_at', 'timestamptz')
		.addColumn('unpublished_by', 'integer', (c) => c.references('editors.id').onDelete('set null'))
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.alterTable('revisions')
		.dropColumn('unpublished_at')
		.dropColumn('unpublished_by')
		.execute();
}

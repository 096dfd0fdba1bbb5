import type { Kysely } from 'kysely';

/**
 * A deleted timeline is kept, restorable, for a time (src/lib/server/deletion.ts): when and by
 * whom it was deleted. Every read and write skips a timeline with `deleted_at` set.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.alterTable('timelines')
		.addColumn('deleted_at', 'timestamptz')
		.addColumn('deleted_by', 'integer', (c) => c.references('editors.id').onDelete('set null'))
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.alterTable('timelines')
		.dropColumn('deleted_at')
		.dropColumn('deleted_by')
		.execute();
}

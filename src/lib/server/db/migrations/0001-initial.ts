import { sql, type Kysely } from 'kysely';

/** Accounts, sessions, timelines with their revisions and articles, jobs. */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('editors')
		.addColumn('id', 'serial', (c) => c.primaryKey())
		.addColumn('email', 'text', (c) => c.notNull().unique())
		.addColumn('password_hash', 'text', (c) => c.notNull())
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();

	await db.schema
		.createTable('sessions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('editor_id', 'integer', (c) =>
			c.notNull().references('editors.id').onDelete('cascade')
		)
		.addColumn('expires_at', 'timestamptz', (c) => c.notNull())
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.createIndex('sessions_editor').on('sessions').column('editor_id').execute();

	await db.schema
		.createTable('sign_in_failures')
		.addColumn('id', 'serial', (c) => c.primaryKey())
		.addColumn('email', 'text', (c) => c.notNull())
		.addColumn('address', 'text', (c) => c.notNull())
		.addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema
		.createIndex('sign_in_failures_email')
		.on('sign_in_failures')
		.columns(['email', 'at'])
		.execute();
	await db.schema
		.createIndex('sign_in_failures_address')
		.on('sign_in_failures')
		.columns(['address', 'at'])
		.execute();

	await db.schema
		.createTable('articles')
		.addColumn('id', 'serial', (c) => c.primaryKey())
		.addColumn('slug', 'text', (c) => c.notNull().unique())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('source', 'text', (c) => c.notNull())
		.addColumn('url', 'text')
		.addColumn('published', 'text', (c) => c.notNull())
		.addColumn('published_is_guess', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('text', 'text', (c) => c.notNull())
		.addColumn('created_by', 'integer', (c) => c.references('editors.id').onDelete('set null'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();

	await db.schema
		.createTable('timelines')
		.addColumn('id', 'serial', (c) => c.primaryKey())
		.addColumn('slug', 'text', (c) => c.notNull().unique())
		.addColumn('head', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('published_revision', 'integer')
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();

	await db.schema
		.createTable('timeline_articles')
		.addColumn('timeline_id', 'integer', (c) =>
			c.notNull().references('timelines.id').onDelete('cascade')
		)
		.addColumn('article_id', 'integer', (c) =>
			c.notNull().references('articles.id').onDelete('cascade')
		)
		.addColumn('position', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('timeline_articles_pk', ['timeline_id', 'article_id'])
		.execute();

	await db.schema
		.createTable('revisions')
		.addColumn('timeline_id', 'integer', (c) =>
			c.notNull().references('timelines.id').onDelete('cascade')
		)
		.addColumn('number', 'integer', (c) => c.notNull())
		.addColumn('parent', 'integer')
		.addColumn('document', 'json', (c) => c.notNull())
		.addColumn('editor_id', 'integer', (c) => c.references('editors.id').onDelete('set null'))
		.addColumn('note', 'text')
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('published_at', 'timestamptz')
		.addColumn('published_by', 'integer', (c) => c.references('editors.id').onDelete('set null'))
		.addPrimaryKeyConstraint('revisions_pk', ['timeline_id', 'number'])
		.execute();

	await db.schema
		.createTable('slug_redirects')
		.addColumn('slug', 'text', (c) => c.primaryKey())
		.addColumn('timeline_id', 'integer', (c) =>
			c.notNull().references('timelines.id').onDelete('cascade')
		)
		.execute();

	await db.schema
		.createTable('jobs')
		.addColumn('id', 'serial', (c) => c.primaryKey())
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('payload', 'jsonb', (c) => c.notNull())
		.addColumn('state', 'text', (c) => c.notNull().defaultTo('queued'))
		.addColumn('result', 'jsonb')
		.addColumn('error', 'text')
		.addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_by', 'integer', (c) => c.references('editors.id').onDelete('set null'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('started_at', 'timestamptz')
		.addColumn('finished_at', 'timestamptz')
		.execute();
	await db.schema.createIndex('jobs_state').on('jobs').columns(['state', 'id']).execute();

	await db.schema
		.createTable('import_problems')
		.addColumn('file', 'text', (c) => c.primaryKey())
		.addColumn('slug', 'text', (c) => c.notNull())
		.addColumn('message', 'text', (c) => c.notNull())
		.addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();

	await db.schema
		.createTable('settings')
		.addColumn('key', 'text', (c) => c.primaryKey())
		.addColumn('value', 'jsonb', (c) => c.notNull())
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	for (const table of [
		'settings',
		'import_problems',
		'jobs',
		'slug_redirects',
		'revisions',
		'timeline_articles',
		'timelines',
		'articles',
		'sign_in_failures',
		'sessions',
		'editors'
	]) {
		await db.schema.dropTable(table).ifExists().execute();
	}
}

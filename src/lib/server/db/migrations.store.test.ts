import { CompiledQuery, Migrator, sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storesUnderTest } from '../testing/stores';
import { sameArticles, timelinesWithArticle } from '../same-article';
import { listAll, listPublished } from '../timelines';
import type { Store } from './connect';
import { migrate } from './connect';
import { migrationProvider } from './migrations';

for (const store of storesUnderTest()) {
	describe.skipIf(store.skip)(`migrations on ${store.name}`, () => {
		let db: Store;
		let close: () => Promise<void>;

		beforeAll(async () => {
			({ db, close } = await store.open());
		}, 300_000);

		afterAll(async () => {
			await close?.();
		});

		it('0002 gives revisions written before it their title and story date, documents unchanged', async () => {
			// A store as it stood before 0002: a published timeline and a later draft.
			const back = await new Migrator({ db, provider: migrationProvider }).migrateTo(
				'0001-initial'
			);
			expect(back.error).toBeUndefined();
			const old = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
			const document = (title: string) =>
				JSON.stringify({
					article: 'old-story',
					title,
					published: '2019-06-26',
					events: []
				});
			const { id } = (await old
				.insertInto('timelines')
				.values({ slug: 'old-story', head: 2, published_revision: 1 })
				.returning('id')
				.executeTakeFirstOrThrow()) as { id: number };
			await old
				.insertInto('revisions')
				.values([
					{ timeline_id: id, number: 1, parent: null, document: document('As published') },
					{ timeline_id: id, number: 2, parent: 1, document: document('As drafted') }
				])
				.execute();

			await migrate(db);

			const rows = await db
				.selectFrom('revisions')
				.select(['number', 'title', 'published', 'document'])
				.where('timeline_id', '=', id)
				.orderBy('number')
				.execute();
			expect(rows.map((r) => [r.number, r.title, r.published])).toEqual([
				[1, 'As published', '2019-06-26'],
				[2, 'As drafted', '2019-06-26']
			]);
			expect(rows[0]!.document).toEqual(JSON.parse(document('As published')));
			// The home page lists the published revision's title; the editors' list the draft's.
			expect(await listPublished(db)).toContainEqual({
				slug: 'old-story',
				title: 'As published',
				source: '',
				published: '2019-06-26'
			});
			expect((await listAll(db)).find((t) => t.slug === 'old-story')?.title).toBe('As drafted');
		});

		it('0005 finds an article written before it by its text digest, read through the index', async () => {
			const back = await new Migrator({ db, provider: migrationProvider }).migrateTo(
				'0004-deleted-timelines'
			);
			expect(back.error).toBeUndefined();
			const old = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
			const text = 'On May 2, 2018, the bridge closed.\n\nIt reopened on June 9, 2019.';
			const { id: articleId } = (await old
				.insertInto('articles')
				.values({ slug: 'bridge-closed', title: 'Bridge closed', source: '', published: '', text })
				.returning('id')
				.executeTakeFirstOrThrow()) as { id: number };
			const { id } = (await old
				.insertInto('timelines')
				.values({ slug: 'bridge-closed', head: 0 })
				.returning('id')
				.executeTakeFirstOrThrow()) as { id: number };
			await old
				.insertInto('timeline_articles')
				.values({ timeline_id: id, article_id: articleId, position: 0 })
				.execute();

			await migrate(db);

			const found = [{ slug: 'bridge-closed', title: 'Bridge closed' }];
			expect(await timelinesWithArticle(db, { text: `\n${text}\n` })).toEqual(found);
			// The plan the store would choose on a table too big to read whole: by the indexes,
			// for the text and for the address alike, never the articles' text itself.
			const plan = await db.transaction().execute(async (trx) => {
				await sql`set local enable_seqscan = off`.execute(trx);
				const query = sameArticles(trx, { text, url: 'https://news.example/bridge' });
				const { sql: text_, parameters } = query.compile();
				const { rows } = await trx.executeQuery<{ 'QUERY PLAN': string }>(
					CompiledQuery.raw(`explain ${text_}`, [...parameters])
				);
				return rows.map((r) => r['QUERY PLAN']).join('\n');
			});
			expect(plan).toContain('articles_text_digest_index');
			expect(plan).toContain('articles_url_index');
			expect(plan).not.toMatch(/btrim|Seq Scan on articles/);
		});
	});
}

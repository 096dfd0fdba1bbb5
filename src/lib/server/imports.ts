import type { Kysely } from 'kysely';
import { detectFormat, importTimelineFile } from '../interchange';
import { DataError } from '../timeline/problems';
import type { Article, Timeline } from '../timeline/types';
import type { Database } from './db/schema';
import { appendRevision, checkDocument } from './revisions';
import { StoreError } from './store-error';
import { attachArticle, freeSlug, insertArticle, isSlug } from './timelines';

type Db = Kysely<Database>;

/** How big an uploaded timeline file may be: TimelineJS files of thousands of events fit. */
export const IMPORT_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * A timeline file an editor uploads (a TimelineJS JSON document or sheet, or Dateline's own
 * JSON) becomes a new timeline whose first revision is the file's events as they are: nothing
 * is extracted again. TimelineJS files bring their text as an article of their own; Dateline's
 * JSON names articles, which must already be in this store (it is what `export` wrote).
 * Every refusal names the file, the row or event, and the field.
 */
export async function importUpload(
	db: Db,
	input: { name: string; content: string; editorId: number | null }
): Promise<{ slug: string; format: string; events: number }> {
	const { name, content } = input;
	const format = detectFormat(name, content);
	if (!format)
		throw new StoreError(
			415,
			`${name}: not a timeline file; give TimelineJS JSON, a TimelineJS sheet saved as .csv, or a Dateline .json (articles go in as pasted text, a file or an address)`
		);
	let read: ReturnType<typeof importTimelineFile>;
	try {
		read = importTimelineFile(content, {
			file: name,
			published: new Date().toISOString().slice(0, 10)
		});
	} catch (e) {
		if (e instanceof DataError) throw new StoreError(422, e.message, { problems: e.problems });
		throw e;
	}
	return db.transaction().execute(async (trx) => {
		let articles: Article[];
		let document: Timeline = read.timeline;
		if (read.article) {
			// Its own article, under a slug nobody has; its events point at it.
			const wanted = read.article;
			const slug = await freeSlug(trx, wanted.slug, 'articles');
			const row = await insertArticle(trx, { ...wanted, slug }, input.editorId);
			articles = [{ ...wanted, slug: row.slug }];
			document = {
				...document,
				article: row.slug,
				events: document.events.map((e) => ({
					...e,
					source: { ...e.source, article: row.slug },
					...(e.sources && {
						sources: e.sources.map((s) => ({ ...s, article: row.slug }))
					})
				}))
			};
		} else {
			articles = await storedArticles(trx, name, document);
		}
		const slug = await freeSlug(trx, document.title || articles[0]!.title, 'timelines');
		const timeline = await trx
			.insertInto('timelines')
			.values({ slug, published_revision: null })
			.returning(['id', 'slug', 'head', 'published_revision'])
			.executeTakeFirstOrThrow();
		for (const article of articles) {
			const row = await trx
				.selectFrom('articles')
				.select('id')
				.where('slug', '=', article.slug)
				.executeTakeFirstOrThrow();
			await attachArticle(trx, timeline.id, row.id);
		}
		const checked = checkDocument(document, articles, name);
		await appendRevision(trx, timeline, checked, input.editorId, `imported ${name}`);
		return { slug, format: read.format, events: checked.events.length };
	});
}

/** The articles a Dateline JSON file names, from the store, or a refusal naming the missing one. */
async function storedArticles(db: Db, file: string, document: Timeline): Promise<Article[]> {
	const slugs = [...new Set([document.article, ...(document.articles ?? [])])];
	const found: Article[] = [];
	for (const [i, slug] of slugs.entries()) {
		const field = i === 0 ? 'article' : `articles[${i - 1}]`;
		const row =
			typeof slug === 'string' && isSlug(slug)
				? await db
						.selectFrom('articles')
						.select(['slug', 'title', 'source', 'published', 'text'])
						.where('slug', '=', slug)
						.executeTakeFirst()
				: undefined;
		if (!row)
			throw new StoreError(
				422,
				`${file}: ${field}: "${slug}" is not an article in this Dateline; import its article first (npm run import -- <article.md>) or import a TimelineJS file, which carries its own text`
			);
		found.push(row);
	}
	return found;
}

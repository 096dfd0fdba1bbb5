import type { Kysely } from 'kysely';
import { slugify } from '../extract/article';
import { RESTORABLE_DAYS } from '../authoring/restorable';
import { savedStamp } from '../authoring/stamp';
import { parseCalendarDay } from '../timeline/fuzzy-date';
import type { Article, Timeline } from '../timeline/types';
import type { Database } from './db/schema';
import { articleDigest } from './article-digest';
import { enqueueJob } from './jobs';
import { StoreError } from './store-error';

/** A store or an open transaction: both run the same queries. */
type Db = Kysely<Database>;

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;
export const isSlug = (slug: string) => SLUG.test(slug);

/** Limits on what one article may be, so one paste cannot fill the store or stall extraction. */
export const ARTICLE_LIMITS = { textChars: 2_000_000, titleChars: 300, sourceChars: 200 };

export interface TimelineSummary {
	slug: string;
	title: string;
	source: string;
	published: string;
}

export interface TimelineRow {
	id: number;
	slug: string;
	head: number;
	published_revision: number | null;
}

export type Found<T> = T | { redirect: string } | null;

export const isRedirect = (found: unknown): found is { redirect: string } =>
	typeof found === 'object' && found !== null && 'redirect' in found;

/** A timeline by its slug; an old slug (before a rename) answers where it went. */
export async function findTimeline(db: Db, slug: string): Promise<Found<TimelineRow>> {
	if (!isSlug(slug)) return null;
	const row = await db
		.selectFrom('timelines')
		.select(['id', 'slug', 'head', 'published_revision'])
		.where('slug', '=', slug)
		.where('deleted_at', 'is', null)
		.executeTakeFirst();
	if (row) return row;
	const moved = await db
		.selectFrom('slug_redirects')
		.innerJoin('timelines', 'timelines.id', 'slug_redirects.timeline_id')
		.select('timelines.slug')
		.where('slug_redirects.slug', '=', slug)
		.where('timelines.deleted_at', 'is', null)
		.executeTakeFirst();
	return moved ? { redirect: moved.slug } : null;
}

/** Like findTimeline for writes: a missing or renamed timeline is an error naming the slug. */
export async function timelineForWrite(db: Db, slug: string, lock = false): Promise<TimelineRow> {
	let query = db
		.selectFrom('timelines')
		.select(['id', 'slug', 'head', 'published_revision'])
		.where('slug', '=', slug)
		.where('deleted_at', 'is', null);
	if (lock) query = query.forUpdate();
	const row = await query.executeTakeFirst();
	if (row) return row;
	const deleted = await deletedHolder(db, slug);
	if (deleted) {
		throw new StoreError(
			404,
			`"${slug}" was deleted${deleted.by ? ` by ${deleted.by}` : ''} at ${deleted.at}; an editor can restore it from the home page (Recently deleted) until ${deleted.until}`
		);
	}
	const found = await findTimeline(db, slug);
	if (isRedirect(found)) {
		throw new StoreError(404, `Timeline "${slug}" was renamed to "${found.redirect}"; use that`);
	}
	throw new StoreError(404, `No timeline called "${slug}"`);
}

/**
 * A deleted timeline that still holds `slug` (until it is purged), for refusals that say so:
 * who deleted it, when, and until when it can be restored (UTC, as editors read times).
 */
export async function deletedHolder(db: Db, slug: string) {
	const row = await db
		.selectFrom('timelines')
		.leftJoin('editors', 'editors.id', 'timelines.deleted_by')
		.select(['timelines.deleted_at', 'editors.email'])
		.where('timelines.slug', '=', slug)
		.where('timelines.deleted_at', 'is not', null)
		.executeTakeFirst();
	if (!row?.deleted_at) return null;
	const at = new Date(row.deleted_at);
	return {
		by: row.email,
		at: savedStamp(at.toISOString()),
		until: savedStamp(new Date(at.getTime() + RESTORABLE_DAYS * 86_400_000).toISOString())
	};
}

/** Each published timeline beside its published revision (unpublished and deleted ones are left out). */
export const publishedRevisions = (db: Db) =>
	db
		.selectFrom('timelines')
		.innerJoin('revisions', (join) =>
			join
				.onRef('revisions.timeline_id', '=', 'timelines.id')
				.onRef('revisions.number', '=', 'timelines.published_revision')
		)
		.where('timelines.deleted_at', 'is', null);

/**
 * Each timeline beside its newest revision (its head) and its first article, for the editors'
 * lists: a timeline whose first extraction is still running has no revision yet, and goes by
 * its article's title. Deleted ones are in it; each list says which it wants.
 */
export const headRevisions = (db: Db) =>
	db
		.selectFrom('timelines')
		.leftJoin('revisions', (join) =>
			join
				.onRef('revisions.timeline_id', '=', 'timelines.id')
				.onRef('revisions.number', '=', 'timelines.head')
		)
		.leftJoin('timeline_articles', (join) =>
			join.onRef('timeline_articles.timeline_id', '=', 'timelines.id').on('position', '=', 0)
		)
		.leftJoin('articles', 'articles.id', 'timeline_articles.article_id');

/** Every published timeline, newest story first: the home page and the static export. */
export async function listPublished(db: Db): Promise<TimelineSummary[]> {
	const rows = await publishedRevisions(db)
		.leftJoin('timeline_articles', (join) =>
			join.onRef('timeline_articles.timeline_id', '=', 'timelines.id').on('position', '=', 0)
		)
		.leftJoin('articles', 'articles.id', 'timeline_articles.article_id')
		.select(['timelines.slug', 'articles.source', 'articles.title'])
		// The revision's own columns: reading the document's would parse every one of them.
		.select(['revisions.title as document_title', 'revisions.published as document_published'])
		.execute();
	return rows
		.map((r) => ({
			slug: r.slug,
			title: r.document_title || r.title || r.slug,
			source: r.source ?? '',
			published: r.document_published ?? ''
		}))
		.sort((a, b) => b.published.localeCompare(a.published) || a.title.localeCompare(b.title));
}

/** Every timeline with its draft state, for editors. */
export async function listAll(db: Db) {
	const rows = await headRevisions(db)
		.select([
			'timelines.slug',
			'timelines.head',
			'timelines.published_revision',
			'timelines.updated_at',
			'revisions.title as document_title'
		])
		.where('timelines.deleted_at', 'is', null)
		.orderBy('timelines.updated_at', 'desc')
		.execute();
	return rows.map((r) => ({
		slug: r.slug,
		title: r.document_title ?? r.slug,
		revision: r.head,
		published: r.published_revision,
		updatedAt: new Date(r.updated_at).toISOString()
	}));
}

/** The articles a timeline was read from, in the order they were added. */
export async function articlesOf(db: Db, timelineId: number): Promise<Article[]> {
	const rows = await db
		.selectFrom('timeline_articles')
		.innerJoin('articles', 'articles.id', 'timeline_articles.article_id')
		.select([
			'articles.slug',
			'articles.title',
			'articles.source',
			'articles.url',
			'articles.published',
			'articles.text'
		])
		.where('timeline_articles.timeline_id', '=', timelineId)
		.orderBy('timeline_articles.position')
		.execute();
	return rows.map(({ url, ...article }) => (url ? { ...article, url } : article));
}

export interface PublishedTimeline {
	slug: string;
	revision: number;
	timeline: Timeline;
	articles: Article[];
}

/** What readers and embeds see: the last published revision, never a draft. */
export async function readPublished(db: Db, slug: string): Promise<Found<PublishedTimeline>> {
	const found = await findTimeline(db, slug);
	if (!found || isRedirect(found)) return found;
	if (found.published_revision === null) return null;
	return {
		slug: found.slug,
		revision: found.published_revision,
		timeline: await revisionDocument(db, found.id, found.published_revision),
		articles: await articlesOf(db, found.id)
	};
}

/**
 * Revision documents read or saved lately, per store: a revision never changes once written,
 * and a long timeline's document takes seconds to read and parse (100,000 events: about 27 MB
 * of JSON), so a reader page costs a row lookup, not a parse, and a save that sends its changes
 * applies them to its base without reading it again. Nobody changes what they get.
 */
const documents = new WeakMap<Db, Map<string, Timeline>>();
const DOCUMENTS = 8;

function documentCache(db: Db): Map<string, Timeline> {
	let cache = documents.get(db);
	if (!cache) documents.set(db, (cache = new Map()));
	return cache;
}

/** A revision's document; `query` reads it inside a transaction of `db`'s when not cached. */
export async function revisionDocument(
	db: Db,
	timelineId: number,
	number: number,
	query: Db = db
): Promise<Timeline> {
	const cached = documentCache(db).get(`${timelineId}@${number}`);
	if (cached) return cached;
	const { document } = await query
		.selectFrom('revisions')
		.select('document')
		.where('timeline_id', '=', timelineId)
		.where('number', '=', number)
		.executeTakeFirstOrThrow();
	rememberDocument(db, timelineId, number, document);
	return document;
}

/** Keeps a revision's document once it is committed (never before: a rollback would undo it). */
export function rememberDocument(db: Db, timelineId: number, number: number, document: Timeline) {
	const cache = documentCache(db);
	const key = `${timelineId}@${number}`;
	cache.delete(key);
	cache.set(key, document);
	if (cache.size > DOCUMENTS) cache.delete(cache.keys().next().value!);
}

/** Forgets one revision's document: a draft saved over, not read again. */
export function forgetDocument(db: Db, timelineId: number, number: number) {
	documents.get(db)?.delete(`${timelineId}@${number}`);
}

/** Forgets every cached document, as a restarted server has none (bench:save's first saves). */
export function forgetDocuments(db: Db) {
	documents.delete(db);
}

/** What an oEmbed answer names: the timeline, its title, and who published the story. */
export const oembedTimeline = (found: PublishedTimeline) => ({
	slug: found.slug,
	title: found.timeline.title,
	source: found.articles[0]?.source ?? '',
	hasEvent: (id: string) => found.timeline.events.some((e) => e.id === id)
});

/** What an editor gives to start a timeline or add to one. */
export interface ArticleInput {
	title: string;
	source?: string;
	/** YYYY-MM-DD; without it, extraction infers one and marks it a guess. */
	published?: string;
	url?: string;
	text: string;
	/** The article's own slug; made from the title when absent. */
	slug?: string;
}

/** Checks an article from outside, naming the field at fault. */
export function checkArticle(input: unknown, where = 'article'): ArticleInput {
	const bad = (field: string, message: string): never => {
		throw new StoreError(400, `${where}.${field}: ${message}`);
	};
	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		throw new StoreError(
			400,
			`${where}: expected an object { "title", "text", "source"?, "published"?, "url"? }`
		);
	}
	const a = input as Record<string, unknown>;
	const text = a.text;
	if (typeof text !== 'string' || !text.trim()) bad('text', 'expected the article text');
	if ((text as string).length > ARTICLE_LIMITS.textChars) {
		throw new StoreError(
			413,
			`${where}.text: ${(text as string).length.toLocaleString('en')} characters is more than the ${ARTICLE_LIMITS.textChars.toLocaleString('en')} an article may have`
		);
	}
	if (typeof a.title !== 'string' || !a.title.trim()) bad('title', 'expected a title');
	if ((a.title as string).length > ARTICLE_LIMITS.titleChars)
		bad('title', `longer than ${ARTICLE_LIMITS.titleChars} characters`);
	for (const field of ['source', 'published', 'url', 'slug'] as const) {
		if (a[field] !== undefined && a[field] !== null && typeof a[field] !== 'string')
			bad(field, 'expected a string');
	}
	const source = typeof a.source === 'string' ? a.source.trim() : '';
	if (source.length > ARTICLE_LIMITS.sourceChars)
		bad('source', `longer than ${ARTICLE_LIMITS.sourceChars} characters`);
	const published =
		typeof a.published === 'string' && a.published.trim() ? a.published.trim() : undefined;
	if (published && !parseCalendarDay(published))
		bad('published', `"${published}" is not a calendar date; write it as YYYY-MM-DD`);
	const url = typeof a.url === 'string' && a.url.trim() ? a.url.trim() : undefined;
	if (url && !/^https?:\/\/[^\s]+$/i.test(url)) bad('url', 'expected an http or https address');
	const slug = typeof a.slug === 'string' && a.slug ? a.slug : undefined;
	if (slug && !isSlug(slug)) bad('slug', 'expected lower-case letters, digits and hyphens');
	return {
		title: (a.title as string).trim(),
		source,
		text: text as string,
		...(published && { published }),
		...(url && { url }),
		...(slug && { slug })
	};
}

/** A 409 when a deleted timeline still holds `slug`: restoring it must find its slug free. */
async function refuseDeletedSlug(db: Db, slug: string) {
	const deleted = await deletedHolder(db, slug);
	if (deleted) {
		throw new StoreError(
			409,
			`slug: "${slug}" belongs to a timeline deleted at ${deleted.at}, which can be restored until ${deleted.until}; pick another slug`
		);
	}
}

/** A slug nobody uses yet in `table`: the wanted one, or it with -2, -3… */
export async function freeSlug(
	db: Db,
	wanted: string,
	table: 'articles' | 'timelines'
): Promise<string> {
	const base = slugify(wanted) || 'timeline';
	for (let n = 1; ; n++) {
		const slug = n === 1 ? base : `${base.slice(0, 95)}-${n}`;
		const taken =
			table === 'articles'
				? await db.selectFrom('articles').select('id').where('slug', '=', slug).executeTakeFirst()
				: ((await db
						.selectFrom('timelines')
						.select('id')
						.where('slug', '=', slug)
						.executeTakeFirst()) ??
					(await db
						.selectFrom('slug_redirects')
						.select('timeline_id')
						.where('slug', '=', slug)
						.executeTakeFirst()));
		if (!taken) return slug;
	}
}

export async function insertArticle(db: Db, input: ArticleInput, editorId: number | null) {
	const slug = input.slug ?? (await freeSlug(db, input.title, 'articles'));
	const taken = await db
		.selectFrom('articles')
		.select('id')
		.where('slug', '=', slug)
		.executeTakeFirst();
	if (taken) throw new StoreError(409, `article.slug: "${slug}" is already an article's slug`);
	return db
		.insertInto('articles')
		.values({
			slug,
			title: input.title,
			source: input.source ?? '',
			url: input.url ?? null,
			published: input.published ?? '',
			published_is_guess: !input.published,
			text: input.text,
			text_digest: articleDigest(input.text),
			created_by: editorId
		})
		.returning(['id', 'slug'])
		.executeTakeFirstOrThrow();
}

export async function attachArticle(db: Db, timelineId: number, articleId: number) {
	const { count } = await db
		.selectFrom('timeline_articles')
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.where('timeline_id', '=', timelineId)
		.executeTakeFirstOrThrow();
	await db
		.insertInto('timeline_articles')
		.values({ timeline_id: timelineId, article_id: articleId, position: Number(count) })
		.execute();
}

/**
 * A new timeline from an article. Its events come from an extraction job (a worker does it,
 * not this request): the timeline has no revision until the job has written the first.
 */
export async function createTimeline(
	db: Db,
	input: { article: ArticleInput; slug?: string; editorId: number | null }
): Promise<{ slug: string; article: string; job: number }> {
	return db.transaction().execute(async (trx) => {
		if (input.slug !== undefined && !isSlug(input.slug)) {
			throw new StoreError(
				400,
				`slug: "${input.slug}" must be lower-case letters, digits and hyphens`
			);
		}
		if (input.slug && (await findTimeline(trx, input.slug))) {
			throw new StoreError(
				409,
				`slug: "${input.slug}" is taken by another timeline (or was one's before a rename)`
			);
		}
		if (input.slug) await refuseDeletedSlug(trx, input.slug);
		const slug = input.slug ?? (await freeSlug(trx, input.article.title, 'timelines'));
		const articleSlug = input.article.slug ?? (await freeSlug(trx, slug, 'articles'));
		const article = await insertArticle(
			trx,
			{ ...input.article, slug: articleSlug },
			input.editorId
		);
		const timeline = await trx
			.insertInto('timelines')
			.values({ slug, published_revision: null })
			.returning('id')
			.executeTakeFirstOrThrow();
		await attachArticle(trx, timeline.id, article.id);
		const job = await enqueueJob(
			trx,
			'extract-article',
			{ timelineId: timeline.id, articleId: article.id },
			input.editorId
		);
		return { slug, article: article.slug, job };
	});
}

/**
 * Another article for an existing timeline: its events are extracted by a job and merged into
 * the newest revision (the same happening told by both keeps both sources).
 */
export async function addArticle(
	db: Db,
	slug: string,
	input: { article: ArticleInput; editorId: number | null }
): Promise<{ article: string; job: number }> {
	return db.transaction().execute(async (trx) => {
		const timeline = await timelineForWrite(trx, slug, true);
		const article = await insertArticle(trx, input.article, input.editorId);
		await attachArticle(trx, timeline.id, article.id);
		const job = await enqueueJob(
			trx,
			'extract-article',
			{ timelineId: timeline.id, articleId: article.id },
			input.editorId
		);
		return { article: article.slug, job };
	});
}

/**
 * Gives a timeline a new slug. The old one keeps answering with a redirect (links and embeds
 * already out in the world keep working), so it can never be given to another timeline.
 */
export async function renameTimeline(db: Db, slug: string, to: string): Promise<{ slug: string }> {
	if (!isSlug(to))
		throw new StoreError(
			400,
			`slug: "${to}" must be lower-case letters, digits and hyphens (at most 100)`
		);
	return db.transaction().execute(async (trx) => {
		const timeline = await timelineForWrite(trx, slug, true);
		if (to === timeline.slug) return { slug: to };
		const other = await findTimeline(trx, to);
		const ownOldSlug = isRedirect(other) && other.redirect === timeline.slug;
		if (other && !ownOldSlug) {
			throw new StoreError(
				409,
				`slug: "${to}" is taken by another timeline (or was one's before a rename)`
			);
		}
		await refuseDeletedSlug(trx, to);
		if (ownOldSlug) await trx.deleteFrom('slug_redirects').where('slug', '=', to).execute();
		await trx
			.updateTable('timelines')
			.set({ slug: to, updated_at: new Date() })
			.where('id', '=', timeline.id)
			.execute();
		await trx
			.insertInto('slug_redirects')
			.values({ slug: timeline.slug, timeline_id: timeline.id })
			.execute();
		return { slug: to };
	});
}

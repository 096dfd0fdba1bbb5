import type { Kysely } from 'kysely';
import { articleDigest, normalisedText } from './article-digest';
import type { Database } from './db/schema';

type Db = Kysely<Database>;

/** A timeline that already holds an article: where /new links an editor about to make it again. */
export interface SameArticle {
	slug: string;
	title: string;
}

/**
 * The timelines (not deleted) one of whose articles is this one: the same text (its edges'
 * white space aside: a paste keeps a newline more or less) or the same source address. An
 * editor pasting a story twice gets two timelines that drift apart; /new says so first.
 */
export async function timelinesWithArticle(
	db: Db,
	article: { text: string; url?: string }
): Promise<SameArticle[]> {
	if (!normalisedText(article.text) && !article.url) return [];
	const rows = await db
		.selectFrom('articles')
		.innerJoin('timeline_articles', 'timeline_articles.article_id', 'articles.id')
		.innerJoin('timelines', 'timelines.id', 'timeline_articles.timeline_id')
		.leftJoin('revisions', (join) =>
			join
				.onRef('revisions.timeline_id', '=', 'timelines.id')
				.onRef('revisions.number', '=', 'timelines.head')
		)
		.select(['timelines.slug', 'revisions.title as title', 'articles.title as article_title'])
		.where('timelines.deleted_at', 'is', null)
		.where('articles.id', 'in', sameArticles(db, article))
		.orderBy('timelines.slug')
		.execute();
	const seen = new Map<string, SameArticle>();
	for (const r of rows)
		if (!seen.has(r.slug)) seen.set(r.slug, { slug: r.slug, title: r.title || r.article_title });
	return [...seen.values()];
}

/**
 * The articles that are this one, by the digest of their text (migration 0005) or their
 * address: apart so the store suite can read its plan, both halves answered by an index,
 * never by reading every article's text.
 */
export function sameArticles(db: Db, article: { text: string; url?: string }) {
	const text = normalisedText(article.text);
	return db
		.selectFrom('articles')
		.select('id')
		.where((eb) =>
			eb.or([
				...(text ? [eb('text_digest', '=', articleDigest(text))] : []),
				...(article.url ? [eb('url', '=', article.url)] : [])
			])
		);
}

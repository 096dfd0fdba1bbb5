import { mergeArticleEvents } from '../extract/merge-articles';
import type { Article, Timeline } from '../timeline/types';
import type { JobHandler } from './jobs';
import { extracted } from './extraction';
import { appendRevision } from './revisions';
import { articlesOf } from './timelines';

/**
 * The job that reads an article into events: a timeline's first revision, or, for a further
 * article, the newest revision with the new events merged in (the same happening keeps both
 * sources). A plain function of the store and its payload, so any worker can run it.
 */
export const extractArticle: JobHandler = async (db, payload, job) => {
	const timelineId = Number(payload.timelineId);
	const articleId = Number(payload.articleId);
	const row = await db
		.selectFrom('articles')
		.selectAll()
		.where('id', '=', articleId)
		.executeTakeFirstOrThrow();
	const article: Article = {
		slug: row.slug,
		title: row.title,
		source: row.source,
		published: row.published,
		text: row.text
	};
	// In the extraction worker thread: a huge article never blocks this server's requests.
	const read = await extracted(article);
	return db.transaction().execute(async (trx) => {
		if (!row.published && read.published) {
			await trx
				.updateTable('articles')
				.set({ published: read.published, published_is_guess: true })
				.where('id', '=', articleId)
				.execute();
		}
		const timeline = await trx
			.selectFrom('timelines')
			.select(['id', 'slug', 'head', 'published_revision'])
			.where('id', '=', timelineId)
			.forUpdate()
			.executeTakeFirstOrThrow();
		const head = timeline.head
			? await trx
					.selectFrom('revisions')
					.select('document')
					.where('timeline_id', '=', timelineId)
					.where('number', '=', timeline.head)
					.executeTakeFirstOrThrow()
			: null;
		let document: Timeline;
		let merged = 0;
		if (!head) document = read;
		else {
			const result = mergeArticleEvents(head.document.events, read.events);
			merged = result.merged;
			const articles = (await articlesOf(trx, timelineId)).map((a) => a.slug);
			document = { ...head.document, articles, events: result.events };
		}
		const revision = await appendRevision(
			trx,
			timeline,
			document,
			job.createdBy,
			`extracted ${article.slug}`
		);
		return { revision, events: read.events.length, merged, slug: timeline.slug };
	});
};

export const JOB_HANDLERS = { 'extract-article': extractArticle };

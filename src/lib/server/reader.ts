import { error } from '@sveltejs/kit';
import { STATIC_EXPORT } from '$lib/embed/deployment';
import { bodyParagraphs } from '$lib/extract/sentences';
import { packTimeline } from '$lib/timeline/wire';
import { readArticle, readTimeline } from './articles';

/** Paragraphs per article version: articles are cached objects, so this is split once. */
const paragraphsOf = new WeakMap<object, ReturnType<typeof bodyParagraphs>>();

/** How long a request waits for a new article's extraction before saying it is being prepared. */
const WAIT_MS = 1500;

/**
 * What a reader of one timeline needs: the article's metadata, its body as paragraphs of
 * sentences, and the timeline (its summaries left out where the sentences hold them). The
 * reader page and the embed load the same data; the embed is the reader without the site
 * around it. `preparing` says the article is being extracted; the timeline is then the
 * previous version's, or null for a new article.
 */
export async function readerData(slug: string) {
	let found: Awaited<ReturnType<typeof readTimeline>>;
	try {
		// The static export is a snapshot: it waits for every extraction to finish.
		found = await readTimeline(slug, { wait: STATIC_EXPORT ? Infinity : WAIT_MS });
	} catch (e) {
		// A broken data file is the editor's to fix: say which file, event and field, in the page.
		error(500, `This timeline's data is broken. ${(e as Error).message}`);
	}
	if (!found) error(404, `No timeline called "${slug}"`);
	const { article, timeline, preparing } = found;
	if (STATIC_EXPORT && !timeline) error(500, `${slug}: the timeline could not be prepared`);
	let paragraphs = paragraphsOf.get(article);
	if (!paragraphs) paragraphsOf.set(article, (paragraphs = bodyParagraphs(article.text)));
	return {
		article: {
			slug: article.slug,
			title: article.title,
			source: article.source,
			published: article.published
		},
		paragraphs,
		timeline: timeline && packTimeline(timeline, paragraphs.flat()),
		preparing
	};
}

/** An article for an endpoint that needs only its metadata: 404 without one, 500 if broken. */
export function readKnownArticle(slug: string) {
	let article: ReturnType<typeof readArticle>;
	try {
		article = readArticle(slug);
	} catch (e) {
		error(500, `This timeline's data is broken. ${(e as Error).message}`);
	}
	if (!article) error(404, `No timeline called "${slug}"`);
	return article;
}

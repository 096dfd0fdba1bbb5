import { error } from '@sveltejs/kit';
import { bodyParagraphs } from '$lib/extract';
import { readTimeline } from './articles';

/**
 * What a reader of one timeline needs: the article's metadata, its body as paragraphs of
 * sentences, and the timeline. The reader page and the embed load the same data; the embed is
 * the reader without the site around it.
 */
export function readerData(slug: string) {
	const found = readTimeline(slug);
	if (!found) error(404, `No timeline called "${slug}"`);
	const { article, timeline } = found;
	return {
		article: {
			slug: article.slug,
			title: article.title,
			source: article.source,
			published: article.published
		},
		paragraphs: bodyParagraphs(article.text),
		timeline
	};
}

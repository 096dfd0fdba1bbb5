import { error } from '@sveltejs/kit';
import { bodyParagraphs } from '$lib/extract';
import { readTimeline } from './articles';

/**
 * What a reader of one timeline needs: the article's metadata, its body as paragraphs of
 * sentences, and the timeline. The reader page and the embed load the same data; the embed is
 * the reader without the site around it.
 */
export function readerData(slug: string) {
	let found: ReturnType<typeof readTimeline>;
	try {
		found = readTimeline(slug);
	} catch (e) {
		// A broken data file is the editor's to fix: say which file, event and field, in the page.
		error(500, `This timeline's data is broken. ${(e as Error).message}`);
	}
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

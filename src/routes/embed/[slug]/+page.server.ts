import { error } from '@sveltejs/kit';
import { STATIC_EXPORT } from '$lib/embed/deployment';
import { bodyParagraphs } from '$lib/extract';
import { listArticles, readTimeline } from '$lib/server/articles';
import type { EntryGenerator, PageServerLoad } from './$types';

// The static export prerenders every timeline's embed; the Node server renders on request.
export const prerender = STATIC_EXPORT;

export const entries: EntryGenerator = () => listArticles().map(({ slug }) => ({ slug }));

/** The same data as the reader page: the embed is the reader without the site around it. */
export const load: PageServerLoad = ({ params }) => {
	const found = readTimeline(params.slug);
	if (!found) error(404, `No timeline called "${params.slug}"`);
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
};

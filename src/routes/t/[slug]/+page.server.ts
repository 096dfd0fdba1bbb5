import { error } from '@sveltejs/kit';
import { STATIC_EXPORT } from '$lib/embed/deployment';
import { bodyParagraphs } from '$lib/extract';
import { readTimeline } from '$lib/server/articles';
import type { PageServerLoad } from './$types';

// The static export prerenders every reader page (found from the embeds' links).
export const prerender = STATIC_EXPORT;

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

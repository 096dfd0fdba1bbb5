import { error, json } from '@sveltejs/kit';
import { STATIC_EXPORT } from '$lib/embed/deployment';
import { oembedResponse } from '$lib/embed/oembed';
import { listArticles, readTimeline } from '$lib/server/articles';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * One timeline's oEmbed response as a file, `/oembed/<slug>.json`: what a static host serves
 * in place of the /oembed endpoint. Prerendered in the static export; the Node server renders it on request.
 */
export const prerender = STATIC_EXPORT;

export const entries: EntryGenerator = () => listArticles().map(({ slug }) => ({ slug }));

export const GET: RequestHandler = ({ params, url }) => {
	const found = readTimeline(params.slug);
	if (!found) error(404, `No timeline called "${params.slug}"`);
	return json(oembedResponse(url.origin, found.article));
};

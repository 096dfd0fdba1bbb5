import { json } from '@sveltejs/kit';
import { STATIC_EXPORT } from '$lib/embed/deployment';
import { oembedResponse } from '$lib/embed/oembed';
import { servedSlugs } from '$lib/server/articles';
import { readKnownArticle } from '$lib/server/reader';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * One timeline's oEmbed response as a file, `/oembed/<slug>.json`: what a static host serves
 * in place of the /oembed endpoint. Prerendered in the static export; the Node server renders it on request.
 */
export const prerender = STATIC_EXPORT;

// SvelteKit calls this while building for either deployment; only the export reads data/.
export const entries: EntryGenerator = () =>
	STATIC_EXPORT ? servedSlugs().map((slug) => ({ slug })) : [];

export const GET: RequestHandler = ({ params, url }) => {
	const article = readKnownArticle(params.slug);
	return json(oembedResponse(url.origin, article));
};

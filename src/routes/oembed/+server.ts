import { error, json } from '@sveltejs/kit';
import { oembedResponse, parseOembedRequest } from '$lib/embed/oembed';
import { readTimeline } from '$lib/server/articles';
import type { RequestHandler } from './$types';

/**
 * The oEmbed endpoint: `/oembed?url=<timeline URL>&format=json&maxwidth=&maxheight=`. Only on
 * the Node server (it reads its query string); the static export has one JSON per timeline.
 */
export const GET: RequestHandler = ({ url }) => {
	const result = parseOembedRequest(url.searchParams, url.origin);
	if (!result.ok) error(result.status, result.message);
	const { request } = result;
	const found = readTimeline(request.slug);
	if (!found) error(404, `No timeline called "${request.slug}"`);
	const { article } = found;
	return json(oembedResponse(url.origin, article, request));
};

import { error, json } from '@sveltejs/kit';
import { oembedResponse, parseOembedRequest } from '$lib/embed/oembed';
import { readKnownArticle } from '$lib/server/reader';
import type { RequestHandler } from './$types';

/**
 * The oEmbed endpoint: `/oembed?url=<timeline URL>&format=json&maxwidth=&maxheight=`. Only on
 * the Node server (it reads its query string); the static export has one JSON per timeline.
 */
export const GET: RequestHandler = ({ url }) => {
	const result = parseOembedRequest(url.searchParams, url.origin);
	if (!result.ok) error(result.status, result.message);
	const { request } = result;
	return json(oembedResponse(url.origin, readKnownArticle(request.slug), request));
};

import { error, json } from '@sveltejs/kit';
import { oembedResponse, parseOembedRequest } from '$lib/embed/oembed';
import { api } from '$lib/server/http';
import { readKnownTimeline } from '$lib/server/reader';
import type { RequestHandler } from './$types';

/**
 * The oEmbed endpoint: `/oembed?url=<timeline URL>&format=json&maxwidth=&maxheight=`. Only on
 * the Node server (it reads its query string); the static export has one JSON per timeline.
 * A renamed timeline's old URL answers for the timeline under its new slug.
 */
export const GET: RequestHandler = api(async ({ url }) => {
	const result = parseOembedRequest(url.searchParams, url.origin);
	if (!result.ok) error(result.status, result.message);
	const { request } = result;
	let found = await readKnownTimeline(request.slug);
	if ('redirect' in found) found = await readKnownTimeline(found.redirect);
	if ('redirect' in found) error(404, `No timeline called "${request.slug}"`);
	// An event the timeline no longer has (deleted since the link was copied) opens the whole
	// timeline, as the reader's page does for it: the snippet names no event that is not there.
	const { event, ...options } = request.options;
	const opens = event && found.hasEvent(event) ? { event } : {};
	return json(
		oembedResponse(url.origin, found, {
			...request,
			options: { ...options, ...opens },
			slug: found.slug
		})
	);
});

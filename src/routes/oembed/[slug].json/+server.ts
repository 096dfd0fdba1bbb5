import { json, redirect } from '@sveltejs/kit';
import { STATIC_EXPORT } from '$lib/embed/deployment';
import { oembedResponse } from '$lib/embed/oembed';
import { database } from '$lib/server/db';
import { api } from '$lib/server/http';
import { readKnownTimeline } from '$lib/server/reader';
import { listPublished } from '$lib/server/timelines';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * One timeline's oEmbed response as a file, `/oembed/<slug>.json`: what a static host serves
 * in place of the /oembed endpoint. Prerendered in the static export; the Node server renders it on request.
 */
export const prerender = STATIC_EXPORT;

// SvelteKit calls this while building for either deployment; only the export reads the store.
export const entries: EntryGenerator = async () =>
	STATIC_EXPORT ? (await listPublished(await database())).map(({ slug }) => ({ slug })) : [];

export const GET: RequestHandler = api(async ({ params, url }) => {
	const found = await readKnownTimeline(params.slug);
	if ('redirect' in found) redirect(308, `/oembed/${found.redirect}.json`);
	return json(oembedResponse(url.origin, found));
});

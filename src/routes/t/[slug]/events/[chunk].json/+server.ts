import { error } from '@sveltejs/kit';
import { STATIC_EXPORT } from '$lib/embed/deployment';
import { chunkCount } from '$lib/layout/sparse-index';
import { database } from '$lib/server/db';
import { chunkFile, isLong, rangedFor } from '$lib/server/ranges';
import { readServed } from '$lib/server/reader';
import { isRedirect, listPublished } from '$lib/server/timelines';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * `/t/<slug>/events/<n>.json`: the n-th run of CHUNK events, in date order, of a long timeline
 * (`{ first, events }`, `first` the rank of its first event). The reader page loads
 * these as the view moves. A revision never changes, so a chunk is cacheable: an ETag, and a
 * few minutes' freshness for a new publication to reach readers. The static export writes
 * every chunk of every long timeline as a file.
 */
export const prerender = STATIC_EXPORT;

export const entries: EntryGenerator = async () => {
	if (!STATIC_EXPORT) return [];
	const found = [];
	for (const { slug } of await listPublished(await database())) {
		const served = await readServed(slug);
		if (isRedirect(served) || !isLong(served.timeline)) continue;
		const n = chunkCount(served.timeline.events.length);
		for (let c = 0; c < n; c++) found.push({ slug, chunk: String(c) });
	}
	return found;
};

export const GET: RequestHandler = async ({ params, request }) => {
	const ranged = await rangedFor(params.slug);
	if (!ranged) error(404, `No long timeline called "${params.slug}"`);
	const file = /^\d+$/.test(params.chunk) ? chunkFile(ranged, Number(params.chunk)) : null;
	if (!file) error(404, `"${params.slug}" has no events chunk ${params.chunk}`);
	const headers = {
		'content-type': 'application/json; charset=utf-8',
		'cache-control': 'public, max-age=300',
		etag: file.etag
	};
	if (request.headers.get('if-none-match') === file.etag)
		return new Response(null, { status: 304, headers });
	return new Response(file.body, { headers });
};

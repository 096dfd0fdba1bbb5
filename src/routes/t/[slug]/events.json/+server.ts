import { error, json } from '@sveltejs/kit';
import { rangedFor, search } from '$lib/server/ranges';
import { queryWords } from '$lib/timeline/search';
import type { RequestHandler } from './$types';

/**
 * `/t/<slug>/events.json?q=words`: the ranks (positions in date order) of a long timeline's
 * events that match every word, for the reader's search; their events load by chunk. The
 * static export has no such endpoint, and the reader searches the chunk files instead.
 */
export const GET: RequestHandler = async ({ params, url }) => {
	const ranged = await rangedFor(params.slug);
	if (!ranged) error(404, `No long timeline called "${params.slug}"`);
	const words = queryWords(url.searchParams.get('q') ?? '');
	if (!words.length) error(400, 'q: give the words to search for');
	return json(
		{ ranks: search(ranged, words) },
		{ headers: { 'cache-control': 'public, max-age=300' } }
	);
};

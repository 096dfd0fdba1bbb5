import { error } from '@sveltejs/kit';
import { STATIC_EXPORT } from '$lib/embed/deployment';
import { chunkCount } from '$lib/layout/sparse-index';
import { database } from './db';
import { rangedFor, isLong, type Ranged } from './ranges';
import { readServed } from './reader';
import { isRedirect, listPublished } from './timelines';

/**
 * What the routes of a long timeline's numbered files share (its chunks and its look-up
 * files, as many of each): the files the static export writes, and a file's response.
 */

/** Every long timeline's file numbers, for the static export to write (none on a server). */
export async function numberedFiles(param: 'chunk' | 'n') {
	if (!STATIC_EXPORT) return [];
	const found = [];
	for (const { slug } of await listPublished(await database())) {
		const served = await readServed(slug);
		if (isRedirect(served) || !isLong(served.timeline)) continue;
		const n = chunkCount(served.timeline.events.length);
		for (let c = 0; c < n; c++)
			found.push({ slug, [param]: String(c) } as { slug: string } & Record<typeof param, string>);
	}
	return found;
}

/**
 * File `n` of a long timeline, as `fileOf` makes it: a revision never changes, so the file is
 * cacheable (an ETag, and a few minutes' freshness for a new publication to reach readers).
 */
export async function numberedFile(
	slug: string,
	n: string,
	request: Request,
	what: string,
	fileOf: (ranged: Ranged, n: number) => { body: string; etag: string } | null
): Promise<Response> {
	const ranged = await rangedFor(slug);
	if (!ranged) error(404, `No long timeline called "${slug}"`);
	const file = /^\d+$/.test(n) ? fileOf(ranged, Number(n)) : null;
	if (!file) error(404, `"${slug}" has no ${what} ${n}`);
	const headers = {
		'content-type': 'application/json; charset=utf-8',
		'cache-control': 'public, max-age=300',
		etag: file.etag
	};
	if (request.headers.get('if-none-match') === file.etag)
		return new Response(null, { status: 304, headers });
	return new Response(file.body, { headers });
}

import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { api, editorOf, revisionNumber } from '$lib/server/http';
import { listRevisions } from '$lib/server/revisions';
import type { RequestHandler } from './$types';

/** The history, newest first; `?before=<n>&limit=<k>` pages back through it. */
export const GET: RequestHandler = api(async (event) => {
	editorOf(event);
	const params = event.url.searchParams;
	const before = params.get('before');
	const limit = params.get('limit');
	return json(
		await listRevisions(await database(), event.params.slug, {
			...(before !== null && { before: revisionNumber(before, 'before') }),
			...(limit !== null && { limit: revisionNumber(limit, 'limit') })
		})
	);
});

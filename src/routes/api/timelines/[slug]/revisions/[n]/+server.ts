import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { api, editorOf, revisionNumber } from '$lib/server/http';
import { readRevision } from '$lib/server/revisions';
import type { RequestHandler } from './$types';

/** One revision, whole: to look at before restoring it. */
export const GET: RequestHandler = api(async (event) => {
	editorOf(event);
	const number = revisionNumber(event.params.n, 'revision');
	return json(await readRevision(await database(), event.params.slug, number));
});

import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { api, editorOf, readJson, revisionNumber } from '$lib/server/http';
import { restoreRevision } from '$lib/server/revisions';
import type { RequestHandler } from './$types';

/** Brings revision n back as the newest draft; `{ base }` refuses it if someone saved since. */
export const POST: RequestHandler = api(async (event) => {
	const editor = editorOf(event);
	const body =
		event.request.headers.get('content-length') === '0' ? {} : await readJson(event.request);
	const result = await restoreRevision(await database(), event.params.slug, {
		number: revisionNumber(event.params.n, 'revision'),
		...(body.base !== undefined && { base: revisionNumber(body.base, 'base') }),
		editorId: editor.id
	});
	return json(result);
});

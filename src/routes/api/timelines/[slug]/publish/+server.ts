import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { api, editorOf, readJson, revisionNumber } from '$lib/server/http';
import { publish } from '$lib/server/revisions';
import type { RequestHandler } from './$types';

/** `{ revision }`: readers and embeds show that revision from now on. */
export const POST: RequestHandler = api(async (event) => {
	const editor = editorOf(event);
	const body = await readJson(event.request);
	const result = await publish(await database(), event.params.slug, {
		revision: revisionNumber(body.revision, 'revision'),
		editorId: editor.id
	});
	return json(result);
});

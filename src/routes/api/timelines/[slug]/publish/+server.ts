import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { api, editorOf, readJson, revisionNumber } from '$lib/server/http';
import { prepareLongTimelines } from '$lib/server/ranges';
import { publish } from '$lib/server/revisions';
import type { RequestHandler } from './$types';

/** `{ revision }`: readers and embeds show that revision from now on. */
export const POST: RequestHandler = api(async (event) => {
	const editor = editorOf(event);
	const body = await readJson(event.request);
	const db = await database();
	const result = await publish(db, event.params.slug, {
		revision: revisionNumber(body.revision, 'revision'),
		editorId: editor.id
	});
	// A long timeline is cut for its readers now, not by the first of them.
	prepareLongTimelines(db, event.params.slug).catch((e) =>
		console.warn(`Dateline: preparing "${event.params.slug}" for readers failed: ${e}`)
	);
	return json(result);
});

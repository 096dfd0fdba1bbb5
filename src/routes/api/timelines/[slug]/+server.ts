import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { deleteTimeline } from '$lib/server/deletion';
import { api, editorOf } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** Deletes the timeline: readers get "not found" at once; editors can restore it for a time. */
export const DELETE: RequestHandler = api(async (event) => {
	const editor = editorOf(event);
	const db = await database();
	return json(await deleteTimeline(db, event.params.slug, { editorId: editor.id }));
});

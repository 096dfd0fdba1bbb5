import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { deleteTimeline } from '$lib/server/deletion';
import { api, editorOf } from '$lib/server/http';
import { countRevisions } from '$lib/server/revisions';
import type { RequestHandler } from './$types';

/** What deleting it would take: its revisions, counted (the delete dialog says so). */
export const GET: RequestHandler = api(async (event) => {
	editorOf(event);
	return json(await countRevisions(await database(), event.params.slug));
});

/** Deletes the timeline: readers get "not found" at once; editors can restore it for a time. */
export const DELETE: RequestHandler = api(async (event) => {
	const editor = editorOf(event);
	const db = await database();
	return json(await deleteTimeline(db, event.params.slug, { editorId: editor.id }));
});

import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { undeleteTimeline } from '$lib/server/deletion';
import { api, editorOf } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** `{}`: brings a deleted timeline back as it was, while it can still be restored. */
export const POST: RequestHandler = api(async (event) => {
	editorOf(event);
	const db = await database();
	return json(await undeleteTimeline(db, event.params.slug));
});

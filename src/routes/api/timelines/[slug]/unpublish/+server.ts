import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { api, editorOf } from '$lib/server/http';
import { unpublish } from '$lib/server/unpublish';
import type { RequestHandler } from './$types';

/** `{}`: readers and embeds get "not found" from now on; the draft and History stay. */
export const POST: RequestHandler = api(async (event) => {
	const editor = editorOf(event);
	const db = await database();
	return json(await unpublish(db, event.params.slug, { editorId: editor.id }));
});

import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { api, editorOf, readJson } from '$lib/server/http';
import { StoreError } from '$lib/server/store-error';
import { renameTimeline } from '$lib/server/timelines';
import type { RequestHandler } from './$types';

/** `{ slug }`: the timeline's new address; the old one redirects to it for good. */
export const POST: RequestHandler = api(async (event) => {
	editorOf(event);
	const body = await readJson(event.request);
	if (typeof body.slug !== 'string') throw new StoreError(400, 'slug: expected the new slug');
	return json(await renameTimeline(await database(), event.params.slug, body.slug));
});

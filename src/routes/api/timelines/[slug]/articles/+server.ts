import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { api, editorOf, readJson } from '$lib/server/http';
import { addArticle, checkArticle } from '$lib/server/timelines';
import type { RequestHandler } from './$types';

/**
 * Another article for this timeline: `{ article }`. 202 at once; the extraction job merges its
 * events into the draft (the same happening keeps both sources) as a new revision.
 */
export const POST: RequestHandler = api(async (event) => {
	const editor = editorOf(event);
	const body = await readJson(event.request);
	const result = await addArticle(await database(), event.params.slug, {
		article: checkArticle(body.article),
		editorId: editor.id
	});
	return json(result, { status: 202 });
});

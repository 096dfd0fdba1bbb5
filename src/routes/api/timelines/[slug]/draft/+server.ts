import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { api, editorOf, readJson, revisionNumber } from '$lib/server/http';
import { readDraft, saveDraft } from '$lib/server/revisions';
import { MAX_DRAFT_BYTES } from '$lib/timeline/limits';
import type { RequestHandler } from './$types';

/** The newest revision, what the editor works on (readers keep seeing the published one). */
export const GET: RequestHandler = api(async (event) => {
	editorOf(event);
	return json(await readDraft(await database(), event.params.slug));
});

/**
 * Saves the draft: `{ base, document }`, base being the revision the edit started from. A
 * stale base answers 409 with `current`, the newer revision, to merge.
 */
export const PUT: RequestHandler = api(async (event) => {
	const editor = editorOf(event);
	const body = await readJson(event.request, MAX_DRAFT_BYTES);
	const saved = await saveDraft(await database(), event.params.slug, {
		base: revisionNumber(body.base, 'base'),
		document: body.document,
		editorId: editor.id
	});
	return json(saved);
});

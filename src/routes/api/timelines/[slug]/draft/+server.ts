import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { api, editorOf, readJson, revisionNumber } from '$lib/server/http';
import { readDraft, saveDraft } from '$lib/server/revisions';
import { StoreError } from '$lib/server/store-error';
import { MAX_DRAFT_BYTES } from '$lib/timeline/limits';
import type { RequestHandler } from './$types';

/** The newest revision, what the editor works on (readers keep seeing the published one). */
export const GET: RequestHandler = api(async (event) => {
	editorOf(event);
	return json(await readDraft(await database(), event.params.slug));
});

/**
 * Saves the draft: `{ base, changes }`, the changes made since revision `base` (what the editor
 * sends), or `{ base, document }`, the whole timeline. A stale base answers 409 with
 * `current`, the newer revision, to merge.
 */
export const PUT: RequestHandler = api(async (event) => {
	const editor = editorOf(event);
	const body = await readJson(event.request, MAX_DRAFT_BYTES);
	if ((body.changes === undefined) === (body.document === undefined)) {
		throw new StoreError(
			400,
			'body: expected { base, changes } (the changes made since revision base) or { base, document } (the whole timeline)'
		);
	}
	const saved = await saveDraft(await database(), event.params.slug, {
		base: revisionNumber(body.base, 'base'),
		...(body.changes !== undefined ? { changes: body.changes } : { document: body.document }),
		editorId: editor.id
	});
	return json(saved);
});

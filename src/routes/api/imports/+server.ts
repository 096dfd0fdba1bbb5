import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { api, editorOf, readJson } from '$lib/server/http';
import { IMPORT_LIMIT_BYTES, importUpload } from '$lib/server/imports';
import { StoreError } from '$lib/server/store-error';
import type { RequestHandler } from './$types';

/**
 * A timeline file from an editor's page: `{ name, content }` (TimelineJS JSON or sheet CSV, or
 * Dateline's JSON). 201 `{ slug, format, events }`; a bad file is a 4xx naming row or event and
 * field.
 */
export const POST: RequestHandler = api(async (event) => {
	const editor = editorOf(event);
	const body = await readJson(event.request, IMPORT_LIMIT_BYTES + 10_000);
	const { name, content } = body;
	if (typeof name !== 'string' || !name.trim())
		throw new StoreError(400, 'body.name: expected the file name');
	if (typeof content !== 'string') throw new StoreError(400, 'body.content: expected the text');
	const result = await importUpload(await database(), {
		name: name.trim(),
		content,
		editorId: editor.id
	});
	return json(result, { status: 201 });
});

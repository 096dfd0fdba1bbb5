import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { api, editorOf, revisionNumber } from '$lib/server/http';
import { readJob } from '$lib/server/jobs';
import { StoreError } from '$lib/server/store-error';
import type { RequestHandler } from './$types';

/** A background job's state: queued, running, done (with its result) or failed (with why). */
export const GET: RequestHandler = api(async (event) => {
	editorOf(event);
	const job = await readJob(await database(), revisionNumber(event.params.id, 'job'));
	if (!job) throw new StoreError(404, `No job ${event.params.id}`);
	return json(job);
});

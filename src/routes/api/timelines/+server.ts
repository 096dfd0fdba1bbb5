import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { api, editorOf, readJson } from '$lib/server/http';
import { StoreError } from '$lib/server/store-error';
import { checkArticle, createTimeline, listAll } from '$lib/server/timelines';
import type { RequestHandler } from './$types';

/** Every timeline, drafts included: for editors only. */
export const GET: RequestHandler = api(async (event) => {
	editorOf(event);
	return json({ timelines: await listAll(await database()) });
});

/**
 * A new timeline from an article's text. Answers 202 at once: extraction is a job, polled at
 * /api/jobs/<job>; the draft gains its first revision when the job is done.
 */
export const POST: RequestHandler = api(async (event) => {
	const editor = editorOf(event);
	const body = await readJson(event.request);
	if (body.slug !== undefined && typeof body.slug !== 'string') {
		throw new StoreError(400, 'slug: expected a string');
	}
	const created = await createTimeline(await database(), {
		article: checkArticle(body.article),
		...(typeof body.slug === 'string' && body.slug && { slug: body.slug }),
		editorId: editor.id
	});
	return json(created, {
		status: 202,
		headers: { location: `/api/timelines/${created.slug}/draft` }
	});
});

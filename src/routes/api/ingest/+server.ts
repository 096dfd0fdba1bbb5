import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { editorOf, readJson } from '$lib/server/http';
import { timelinesWithArticle } from '$lib/server/same-article';
import { ingest, IngestError, testFetchOrigins, type IngestInput } from '$lib/server/ingest';

// Empty in production: see testFetchOrigins.
const allowOrigins = testFetchOrigins();
import type { RequestHandler } from './$types';

/**
 * Reads an article for /new: pasted text, a file's content, or a URL the server fetches.
 * Editors only, since fetching a URL on someone's behalf is a privilege. Answers the draft
 * fields to check, with the timelines that already hold the article, or a 4xx whose message names what is wrong.
 */
export const POST: RequestHandler = async (event) => {
	try {
		editorOf(event);
		const body = await readJson(event.request, 6_000_000);
		const read = await ingest(inputOf(body), { allowOrigins });
		return json({ ...read, sameAs: await timelinesWithArticle(await database(), read) });
	} catch (e) {
		if (e instanceof IngestError) return json({ error: e.message }, { status: e.status });
		const status = (e as { status?: number }).status;
		if (typeof status === 'number' && status >= 400 && status < 500)
			return json(
				{ error: (e as Error).message ?? (e as { body?: { message?: string } }).body?.message },
				{ status }
			);
		throw e;
	}
};

function inputOf(body: Record<string, unknown>): IngestInput {
	const str = (k: string) => {
		const v = body[k];
		if (typeof v !== 'string') throw new IngestError(`body.${k}: expected a string`, 400);
		return v;
	};
	switch (body.kind) {
		case 'text':
			return { kind: 'text', text: str('text') };
		case 'file':
			return { kind: 'file', name: str('name'), content: str('content') };
		case 'url':
			return { kind: 'url', url: str('url') };
		default:
			throw new IngestError('body.kind: expected "text", "file" or "url"', 400);
	}
}

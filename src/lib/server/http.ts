import { error, isHttpError, json, type RequestEvent } from '@sveltejs/kit';
import type { Editor } from './editors';
import { StoreError } from './store-error';

/**
 * The edges of the JSON API: reading a body, naming who writes, and turning the store's
 * refusals into 4xx answers that say what and where. Bad input is never a 500.
 */
export async function readJson(
	request: Request,
	limitBytes = 4_000_000
): Promise<Record<string, unknown>> {
	const type = request.headers.get('content-type') ?? '';
	if (!/^application\/json\b/i.test(type)) {
		throw new StoreError(
			400,
			`body: expected Content-Type application/json (found "${type || 'none'}")`
		);
	}
	const length = Number(request.headers.get('content-length') ?? 0);
	if (length > limitBytes) {
		throw new StoreError(413, `body: ${length} bytes is more than the ${limitBytes} allowed`);
	}
	const text = await request.text();
	if (text.length > limitBytes) {
		throw new StoreError(413, `body: more than the ${limitBytes} bytes allowed`);
	}
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch (e) {
		throw new StoreError(400, `body: not valid JSON (${(e as Error).message})`);
	}
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		throw new StoreError(400, 'body: expected a JSON object');
	}
	return body as Record<string, unknown>;
}

/** A whole number ≥ 0 from a body field or a route parameter, or a 400 naming it. */
export function revisionNumber(value: unknown, name: string): number {
	const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
	if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 2 ** 31 - 1) {
		throw new StoreError(
			400,
			`${name}: expected a revision number (a whole number ≥ 0), found ${JSON.stringify(value)}`
		);
	}
	return n;
}

/** The signed-in editor; hooks already refuse writes without one, reads check here. */
export function editorOf(event: RequestEvent): Editor {
	const editor = event.locals.editor;
	if (!editor) error(401, 'Sign in as an editor first (/signin)');
	return editor;
}

/**
 * Runs a JSON endpoint's handler, answering StoreErrors as JSON { error, problems?, current? }
 * and `error()`s as JSON { error }: SvelteKit would answer a request without an Accept header
 * (curl, a server-side fetch) with its HTML error page, which a JSON client cannot read.
 */
export function api<E extends RequestEvent>(handler: (event: E) => Promise<Response>) {
	return async (event: E): Promise<Response> => {
		try {
			return await handler(event);
		} catch (e) {
			if (e instanceof StoreError) {
				// A body refused for its size is left unread: see hooks.server.ts's refuse().
				const headers = e.status === 413 ? { connection: 'close' } : undefined;
				return json({ error: e.message, ...e.details }, { status: e.status, headers });
			}
			if (isHttpError(e)) return json({ error: e.body.message }, { status: e.status });
			throw e;
		}
	};
}

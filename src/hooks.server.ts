import { json, type Handle, type ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { extraHeaders, frameAncestors } from '$lib/embed/security.js';
import { DEFAULT_LANG, LANG_COOKIE, langOfRequest, langOfTag } from '$lib/i18n/lang';
import { dataProblems } from '$lib/server/articles';
import { closeDatabase, database, storeOptions } from '$lib/server/db';
import { serveEditorRequests } from '$lib/server/editor-socket';
import { JOB_HANDLERS } from '$lib/server/extraction-job';
import { prepareLongTimelines } from '$lib/server/ranges';
import { startWorker } from '$lib/server/jobs';
import { SESSION_COOKIE, validateSession } from '$lib/server/sessions';

/**
 * At start: the server log names every broken file in data/, the store opens (importing data/
 * on its first start), this server's job worker starts, an embedded store takes editor:add
 * through a local socket, and the newest long timelines are cut for their readers in the
 * background (the server answers meanwhile).
 */
export const init: ServerInit = async () => {
	if (building) return;
	for (const problem of dataProblems()) {
		const lines = problem.problems.map((p) => `  ${p.where}: ${p.message}`).join('\n');
		console.warn(
			`Dateline: ${problem.file} (${problem.level}, serving ${problem.serving}):\n${lines}`
		);
	}
	const db = await database();
	const stopWorker = startWorker(db, JOB_HANDLERS);
	// An embedded store is this process's alone: `npm run editor:add` asks it through a socket.
	const { dir } = storeOptions();
	const stopEditorRequests = dir
		? await serveEditorRequests(db, dir).catch((e) => {
				console.warn(`Dateline: npm run editor:add needs the server stopped: ${e}`);
				return async () => {};
			})
		: async () => {};
	prepareLongTimelines(db).catch((e) =>
		console.warn(`Dateline: preparing long timelines for readers failed: ${e}`)
	);
	// adapter-node's graceful shutdown (SIGTERM, SIGINT): finish the job at hand, close the store.
	// PGlite's WebAssembly keeps handles open, so the process exits itself once the store is shut.
	process.once('sveltekit:shutdown', async () => {
		await stopWorker().catch(() => {});
		await stopEditorRequests().catch(() => {});
		await closeDatabase().catch(() => {});
		process.exit(0);
	});
};

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
/** The one write a visitor without a session may make. */
const OPEN_WRITES = new Set(['/signin']);

/**
 * A sign-in form is a few hundred bytes. The server's own body limit is an editor's largest
 * draft (scripts/node-server.js), too much to let a visitor send.
 */
const OPEN_WRITE_BYTES = 64 * 1024;

/**
 * A refused write leaves its body unread, and Node drops a connection whose body it does not
 * drain: saying `close` keeps a client from sending its next request down that dying socket
 * (it read ECONNRESET on the request after a refused 100 KB form).
 */
const refuse = (status: 401 | 403 | 413, message: string) =>
	json({ error: message }, { status, headers: { connection: 'close' } });

/**
 * Every request: who is signing it (a session cookie, checked once here into
 * `event.locals`), whether a write may happen at all, and the framing headers.
 */
export const handle: Handle = async ({ event, resolve }) => {
	event.locals.editor = null;
	event.locals.sessionId = null;
	const token = event.cookies.get(SESSION_COOKIE);
	if (token && !building) {
		const session = await validateSession(await database(), token);
		if (session) {
			event.locals.editor = session.editor;
			event.locals.sessionId = session.id;
			event.cookies.set(SESSION_COOKIE, token, {
				path: '/',
				httpOnly: true,
				sameSite: 'lax',
				secure: event.url.protocol === 'https:',
				expires: session.expiresAt
			});
		} else {
			event.cookies.delete(SESSION_COOKIE, { path: '/' });
		}
	}

	if (!SAFE.has(event.request.method)) {
		// A write from another site's page (CSRF) carries its Origin; SvelteKit checks forms,
		// this checks every write, JSON included. No Origin at all is refused too.
		const origin = event.request.headers.get('origin');
		if (origin !== event.url.origin) {
			return refuse(
				403,
				`Cross-site write refused: Origin ${origin ?? '(none)'} is not ${event.url.origin}`
			);
		}
		if (!event.locals.editor && !OPEN_WRITES.has(event.url.pathname)) {
			return refuse(401, 'Sign in as an editor to change anything (/signin)');
		}
		const length = Number(event.request.headers.get('content-length') ?? 0);
		if (!event.locals.editor && length > OPEN_WRITE_BYTES) {
			return refuse(413, `A form of ${length} bytes is more than the ${OPEN_WRITE_BYTES} allowed`);
		}
	}

	// The reader's language: `?lang=`, else the one they picked, else Accept-Language. A
	// prerendered page has none of them.
	const lang = building
		? DEFAULT_LANG
		: langOfRequest(
				event.url,
				event.request.headers.get('accept-language'),
				event.cookies.get(LANG_COOKIE) ?? null
			);
	event.locals.lang = lang;
	// A language picked on a reader's page (its language links) holds for the pages they open
	// next; an embed's `lang` option is the publisher's choice, not the reader's, and sets nothing.
	if (
		!building &&
		event.url.pathname.startsWith('/t/') &&
		langOfTag(event.url.searchParams.get('lang'))
	) {
		event.cookies.set(LANG_COOKIE, lang, {
			path: '/',
			maxAge: 60 * 60 * 24 * 365,
			sameSite: 'lax',
			httpOnly: true
		});
	}
	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('<html lang="en">', `<html lang="${lang}">`)
	});
	const { pathname } = event.url;
	const ancestors = `frame-ancestors ${frameAncestors(pathname)}`;
	const csp = response.headers.get('content-security-policy');
	try {
		response.headers.set(
			'content-security-policy',
			csp ? `${csp.replace(/;\s*$/, '')}; ${ancestors}` : ancestors
		);
		// A page's language follows the request's Accept-Language and the language the reader
		// picked (a cookie): caches must keep them apart.
		if (response.headers.get('content-type')?.startsWith('text/html')) {
			response.headers.append('vary', 'Accept-Language, Cookie');
		}
		for (const [name, value] of Object.entries(extraHeaders(pathname))) {
			response.headers.set(name, value);
		}
		if (event.locals.editor) response.headers.set('cache-control', 'private, no-store');
	} catch {
		// A response with immutable headers (one passed through from fetch) is not a page.
	}
	return response;
};

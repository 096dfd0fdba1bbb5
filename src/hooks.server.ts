import type { Handle, ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { extraHeaders, frameAncestors } from '$lib/embed/security.js';
import { DEFAULT_LANG, langOfRequest } from '$lib/i18n/lang';
import { dataProblems, prepareAll } from '$lib/server/articles';

/**
 * At start, the server log names every broken file, and every article's extraction starts in
 * the background, so first readers find their timelines ready.
 */
export const init: ServerInit = () => {
	if (building) return;
	for (const problem of dataProblems()) {
		const lines = problem.problems.map((p) => `  ${p.where}: ${p.message}`).join('\n');
		console.warn(
			`Dateline: ${problem.file} (${problem.level}, serving ${problem.serving}):\n${lines}`
		);
	}
	prepareAll();
};

/**
 * Framing rules on every response: embeds may be framed anywhere, every other page nowhere.
 * SvelteKit writes the rest of the Content-Security-Policy (kit.csp in svelte.config.js);
 * frame-ancestors is added here because it depends on the page.
 */
export const handle: Handle = async ({ event, resolve }) => {
	// The reader's language: `?lang=`, else Accept-Language. A prerendered page has neither.
	const lang = building
		? DEFAULT_LANG
		: langOfRequest(event.url, event.request.headers.get('accept-language'));
	event.locals.lang = lang;
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
		// A page's language follows the request's Accept-Language: caches must keep them apart.
		if (response.headers.get('content-type')?.startsWith('text/html')) {
			response.headers.append('vary', 'Accept-Language');
		}
		for (const [name, value] of Object.entries(extraHeaders(pathname))) {
			response.headers.set(name, value);
		}
	} catch {
		// A response with immutable headers (one passed through from fetch) is not a page.
	}
	return response;
};

import type { Handle } from '@sveltejs/kit';
import { extraHeaders, frameAncestors } from '$lib/embed/security.js';

/**
 * Framing rules on every response: embeds may be framed anywhere, every other page nowhere.
 * SvelteKit writes the rest of the Content-Security-Policy (kit.csp in svelte.config.js);
 * frame-ancestors is added here because it depends on the page.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const { pathname } = event.url;
	const ancestors = `frame-ancestors ${frameAncestors(pathname)}`;
	const csp = response.headers.get('content-security-policy');
	try {
		response.headers.set(
			'content-security-policy',
			csp ? `${csp.replace(/;\s*$/, '')}; ${ancestors}` : ancestors
		);
		for (const [name, value] of Object.entries(extraHeaders(pathname))) {
			response.headers.set(name, value);
		}
	} catch {
		// A response with immutable headers (one passed through from fetch) is not a page.
	}
	return response;
};

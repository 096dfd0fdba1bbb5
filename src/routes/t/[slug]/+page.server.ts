import { STATIC_EXPORT } from '$lib/embed/deployment';
import { readerData } from '$lib/server/reader';
import type { PageServerLoad } from './$types';

// The static export prerenders every reader page (found from the embeds' links).
export const prerender = STATIC_EXPORT;

export const load: PageServerLoad = async ({ params, url, locals }) => ({
	...(await readerData(params.slug, url, 't')),
	// A signed-in editor's pages are never cached (hooks.server.ts): the link reaches no reader.
	editable: !STATIC_EXPORT && !!locals.editor
});

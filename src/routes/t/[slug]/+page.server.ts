import { building } from '$app/environment';
import { STATIC_EXPORT } from '$lib/embed/deployment';
import { pageLocale } from '$lib/i18n/english';
import { readerData } from '$lib/server/reader';
import type { PageServerLoad } from './$types';

// The static export prerenders every reader page (found from the embeds' links).
export const prerender = STATIC_EXPORT;

export const load: PageServerLoad = async ({ params, url, locals, request }) => {
	const data = await readerData(params.slug, url, 't');
	return {
		...data,
		// A signed-in editor's pages are never cached (hooks.server.ts): the link reaches no reader.
		editable: !STATIC_EXPORT && !!locals.editor,
		// Dates in British English (autumn) for a British reader or article (english.ts).
		locale: pageLocale(
			locals.lang ?? 'en',
			data.paragraphs,
			building ? null : url,
			building ? null : request.headers.get('accept-language')
		)
	};
};

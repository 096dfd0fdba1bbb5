import { building, dev } from '$app/environment';
import { pageLocale } from '$lib/i18n/english';
import { STATIC_EXPORT } from '$lib/embed/deployment';
import { database } from '$lib/server/db';
import { readerData } from '$lib/server/reader';
import { listPublished } from '$lib/server/timelines';
import type { EntryGenerator, PageServerLoad } from './$types';

// The static export prerenders every timeline's embed; the Node server renders on request.
export const prerender = STATIC_EXPORT;

// The embed's script is its own bundle (src/lib/embed/app.ts), not SvelteKit's client; `vite
// dev` has no such bundle, so there SvelteKit hydrates the page as any other.
export const csr = dev;

// SvelteKit calls this while building for either deployment; only the export reads the store.
export const entries: EntryGenerator = async () =>
	STATIC_EXPORT ? (await listPublished(await database())).map(({ slug }) => ({ slug })) : [];

export const load: PageServerLoad = async ({ params, url, request, locals }) => {
	const data = await readerData(params.slug, url, 'embed');
	// Dates in British English (autumn) for a British reader or article (english.ts).
	return {
		...data,
		locale: pageLocale(
			locals.lang ?? 'en',
			data.paragraphs,
			building ? null : url,
			building ? null : request.headers.get('accept-language')
		)
	};
};

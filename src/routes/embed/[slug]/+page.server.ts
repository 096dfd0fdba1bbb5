import { STATIC_EXPORT } from '$lib/embed/deployment';
import { servedSlugs } from '$lib/server/articles';
import { readerData } from '$lib/server/reader';
import type { EntryGenerator, PageServerLoad } from './$types';

// The static export prerenders every timeline's embed; the Node server renders on request.
export const prerender = STATIC_EXPORT;

// SvelteKit calls this while building for either deployment; only the export reads data/.
export const entries: EntryGenerator = () =>
	STATIC_EXPORT ? servedSlugs().map((slug) => ({ slug })) : [];

export const load: PageServerLoad = ({ params }) => readerData(params.slug);

import { STATIC_EXPORT } from '$lib/embed/deployment';
import { listArticles } from '$lib/server/articles';
import { readerData } from '$lib/server/reader';
import type { EntryGenerator, PageServerLoad } from './$types';

// The static export prerenders every timeline's embed; the Node server renders on request.
export const prerender = STATIC_EXPORT;

export const entries: EntryGenerator = () => listArticles().map(({ slug }) => ({ slug }));

export const load: PageServerLoad = ({ params }) => readerData(params.slug);

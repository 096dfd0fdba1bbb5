import { STATIC_EXPORT } from '$lib/embed/deployment';
import { readerData } from '$lib/server/reader';
import type { PageServerLoad } from './$types';

// The static export prerenders every reader page (found from the embeds' links).
export const prerender = STATIC_EXPORT;

export const load: PageServerLoad = ({ params, url }) => readerData(params.slug, url, 't');

import { STATIC_EXPORT } from '$lib/embed/deployment';
import { listArticles } from '$lib/server/articles';
import type { PageServerLoad } from './$types';

// The static export includes the list of timelines as its home page.
export const prerender = STATIC_EXPORT;

export const load: PageServerLoad = () => ({ articles: listArticles() });

import type { LayoutServerLoad } from './$types';

/** The page's language, decided on the server so the browser renders the same markup. */
export const load: LayoutServerLoad = ({ locals }) => ({ lang: locals.lang ?? 'en' });

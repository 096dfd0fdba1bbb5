import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (!locals.editor) redirect(303, `/signin?next=${encodeURIComponent(url.pathname)}`);
	return { editor: locals.editor.email };
};

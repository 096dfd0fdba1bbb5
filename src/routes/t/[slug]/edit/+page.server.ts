import { error, redirect } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { readDraft } from '$lib/server/revisions';
import { StoreError } from '$lib/server/store-error';
import { findTimeline, isRedirect } from '$lib/server/timelines';
import type { PageServerLoad } from './$types';

/** The draft an editor works on; readers keep seeing the published revision meanwhile. */
export const load: PageServerLoad = async ({ params, locals, url }) => {
	if (!locals.editor) redirect(303, `/signin?next=${encodeURIComponent(url.pathname)}`);
	const db = await database();
	const found = await findTimeline(db, params.slug);
	if (isRedirect(found)) redirect(301, `/t/${found.redirect}/edit`);
	try {
		return { draft: await readDraft(db, params.slug), editor: locals.editor.email };
	} catch (e) {
		if (e instanceof StoreError) error(e.status, e.message);
		throw e;
	}
};

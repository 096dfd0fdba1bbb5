import { error, redirect } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { isLong } from '$lib/server/ranges';
import { readDraft } from '$lib/server/revisions';
import { StoreError } from '$lib/server/store-error';
import { findTimeline, isRedirect } from '$lib/server/timelines';
import type { PageServerLoad } from './$types';

/**
 * The draft an editor works on; readers keep seeing the published revision meanwhile. A long
 * draft (past the events a reader's page carries whole) loads after the page, from the JSON
 * API: `later` is its number of events, and its document is left out of the page.
 */
export const load: PageServerLoad = async ({ params, locals, url }) => {
	if (!locals.editor) redirect(303, `/signin?next=${encodeURIComponent(url.pathname)}`);
	const db = await database();
	const found = await findTimeline(db, params.slug);
	if (isRedirect(found)) redirect(301, `/t/${found.redirect}/edit`);
	try {
		const draft = await readDraft(db, params.slug);
		const later = draft.document && isLong(draft.document) ? draft.document.events.length : 0;
		return {
			draft: later ? { ...draft, document: null } : draft,
			later,
			editor: locals.editor.email
		};
	} catch (e) {
		if (e instanceof StoreError) error(e.status, e.message);
		throw e;
	}
};

import { STATIC_EXPORT } from '$lib/embed/deployment';
import { database } from '$lib/server/db';
import { storeProblems } from '$lib/server/status';
import { listDeleted } from '$lib/server/deletion';
import { listDrafts } from '$lib/server/drafts';
import { listPublished } from '$lib/server/timelines';
import type { DataProblem } from '$lib/server/articles';
import type { PageServerLoad } from './$types';

// The static export includes the list of timelines as its home page.
export const prerender = STATIC_EXPORT;

export const load: PageServerLoad = async ({ locals, url }) => {
	const { problems } = await storeProblems();
	// The export is public: its build log names broken files, its home page does not.
	if (STATIC_EXPORT) {
		for (const p of problems) {
			if (p.level === 'error') console.warn(`Left out of the export: ${problemText(p)}`);
			else console.warn(`Published without some fields: ${problemText(p)}`);
		}
	}
	const db = await database();
	return {
		articles: await listPublished(db),
		// Drafts are editors' work: readers, and the public static export, never see them.
		drafts: !STATIC_EXPORT && locals.editor ? await listDrafts(db) : [],
		deleted: !STATIC_EXPORT && locals.editor ? await listDeleted(db) : [],
		/** The timeline an editor has just deleted, for the line that says so. */
		justDeleted: STATIC_EXPORT ? null : url.searchParams.get('deleted'),
		problems: STATIC_EXPORT ? [] : problems,
		editor: STATIC_EXPORT ? null : (locals.editor?.email ?? null),
		/** The static export has no server to sign in to. */
		accounts: !STATIC_EXPORT
	};
};

function problemText(p: DataProblem) {
	return p.problems.map((x) => `${x.where}: ${x.message}`).join('\n  ');
}

import { STATIC_EXPORT } from '$lib/embed/deployment';
import { database } from '$lib/server/db';
import { storeProblems } from '$lib/server/status';
import { listPublished } from '$lib/server/timelines';
import type { DataProblem } from '$lib/server/articles';
import type { PageServerLoad } from './$types';

// The static export includes the list of timelines as its home page.
export const prerender = STATIC_EXPORT;

export const load: PageServerLoad = async ({ locals }) => {
	const { problems } = await storeProblems();
	// The export is public: its build log names broken files, its home page does not.
	if (STATIC_EXPORT) {
		for (const p of problems) {
			if (p.level === 'error') console.warn(`Left out of the export: ${problemText(p)}`);
			else console.warn(`Published without some fields: ${problemText(p)}`);
		}
	}
	return {
		articles: await listPublished(await database()),
		problems: STATIC_EXPORT ? [] : problems,
		editor: STATIC_EXPORT ? null : (locals.editor?.email ?? null),
		/** The static export has no server to sign in to. */
		accounts: !STATIC_EXPORT
	};
};

function problemText(p: DataProblem) {
	return p.problems.map((x) => `${x.where}: ${x.message}`).join('\n  ');
}

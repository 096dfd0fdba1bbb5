import { STATIC_EXPORT } from '$lib/embed/deployment';
import { dataProblems, listArticles, servedSlugs } from '$lib/server/articles';
import type { PageServerLoad } from './$types';

// The static export includes the list of timelines as its home page.
export const prerender = STATIC_EXPORT;

export const load: PageServerLoad = () => {
	const problems = dataProblems();
	// The export is public: its build log names broken files, its home page does not.
	if (STATIC_EXPORT) {
		for (const p of problems) {
			if (p.level === 'error') console.warn(`Left out of the export: ${problemText(p)}`);
			else console.warn(`Published without some fields: ${problemText(p)}`);
		}
	}
	if (!STATIC_EXPORT) return { articles: listArticles(), problems };
	const served = new Set(servedSlugs());
	return { articles: listArticles().filter((a) => served.has(a.slug)), problems: [] };
};

function problemText(p: ReturnType<typeof dataProblems>[number]) {
	return p.problems.map((x) => `${x.where}: ${x.message}`).join('\n  ');
}

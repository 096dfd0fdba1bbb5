import { dataProblems, listArticles, type DataProblem } from './articles';

export interface StatusReport {
	ok: boolean;
	timelines: number;
	errors: number;
	warnings: number;
	problems: DataProblem[];
}

/** What /status reports: how many timelines are served and what is wrong with which file. */
export function statusReport(): StatusReport {
	const problems = dataProblems();
	const errors = problems.filter((p) => p.level === 'error').length;
	return {
		ok: errors === 0,
		timelines: listArticles().length,
		errors,
		warnings: problems.length - errors,
		problems
	};
}

import { dataProblems, type DataProblem } from './articles';
import { listImportProblems } from './data-files';
import { database } from './db';
import { listPublished } from './timelines';

export interface StatusReport {
	ok: boolean;
	timelines: number;
	errors: number;
	warnings: number;
	problems: DataProblem[];
}

/**
 * Every problem with data/: each file's own (read as the server reads it), then what the
 * store's import found across files (a timeline naming a missing article, an event pointing
 * past its article's end), which readers meet as the timeline's last published revision.
 */
export async function storeProblems(): Promise<{ problems: DataProblem[]; published: number }> {
	const db = await database();
	const files = dataProblems();
	const listed = new Set(files.map((p) => p.file));
	const published = await listPublished(db);
	const served = new Set(published.map((t) => t.slug));
	const imported: DataProblem[] = (await listImportProblems(db))
		.filter((p) => !listed.has(p.file))
		.map((p) => ({
			file: p.file,
			level: 'error',
			problems: [{ where: p.file, message: p.message.replace(`${p.file}: `, '') }],
			serving: served.has(p.slug) ? 'the last good version' : 'nothing'
		}));
	return { problems: [...files, ...imported], published: published.length };
}

/** What /status reports: how many timelines are served and what is wrong with which file. */
export async function statusReport(): Promise<StatusReport> {
	const { problems, published } = await storeProblems();
	const errors = problems.filter((p) => p.level === 'error').length;
	return {
		ok: errors === 0,
		timelines: published,
		errors,
		warnings: problems.length - errors,
		problems
	};
}

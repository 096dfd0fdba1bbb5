/**
 * Errors are values a person can act on: what went wrong, where (file, event, field), and how
 * to fix it. A `Problem` is one such finding; a `DataError` carries them when loading must stop.
 */
export interface Problem {
	/** A path a person can find: "data/timelines/x.json: events[2] (id \"a\"): start.value". */
	where: string;
	message: string;
}

export class DataError extends Error {
	readonly problems: Problem[];
	constructor(problems: Problem[]) {
		super(problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
		this.name = 'DataError';
		this.problems = problems;
	}
}

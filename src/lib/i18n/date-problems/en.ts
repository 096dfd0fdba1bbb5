/**
 * Why a date typed in an editor's date field was not read, as data: the field says it in the
 * page's language, while the words quoted from the field, and the examples to type, stay
 * English (the normaliser reads English).
 */
export type DateProblem =
	| { kind: 'empty' }
	| { kind: 'nothing-after'; text: string; said: string }
	| { kind: 'bounded-twice'; text: string; rest: string; said: string; unit: string }
	| { kind: 'not-a-date'; text: string; is: 'repeats' | 'length' | 'nothing' }
	| { kind: 'two-dates'; text: string; a: string; b: string }
	| { kind: 'words-left'; text: string; read: string; before: string; after: string }
	| { kind: 'no-point'; text: string; value: string }
	| { kind: 'season-in-one-year'; text: string; season: string; first: number; second: number }
	| { kind: 'not-one-winter'; text: string; first: number; second: number }
	| { kind: 'not-a-month'; text: string; words: string; which: string }
	| { kind: 'four-weeks'; text: string; month: string };

/** One phrase per problem, in one language. */
export type DateProblemWords = {
	[K in DateProblem['kind']]: (p: Extract<DateProblem, { kind: K }>) => string;
};

/** What to type instead: English, as the field reads it; `or` in the page's language. */
export const tryDates = (or: string) =>
	`“June 26, 2020”, “late March 2020”, “by mid-1993” ${or} “44 BC”`;
/** The next winter's words: "winter 2018-19". */
export const oneWinter = (first: number) => `winter ${first}-${String(first + 1).slice(-2)}`;

const q = (s: string) => `“${s}”`;

export const en: DateProblemWords = {
	empty: () => 'Type a date, such as “late March 2020”, “2019” or “44 BC”.',
	'nothing-after': (p) => `${q(p.text)} gives no date after ${q(p.said)}; try ${tryDates('or')}.`,
	'bounded-twice': (p) =>
		`${q(p.text)} bounds a date that is already ${q(p.rest)}; a date takes one of the two: type ${q(`${p.said} ${p.unit}`)} or ${q(p.rest)}.`,
	'not-a-date': (p) =>
		p.is === 'nothing'
			? `${q(p.text)} holds no date Dateline can read; try ${tryDates('or')}.`
			: `${q(p.text)} is ${p.is === 'repeats' ? 'a time that repeats' : 'a length of time'}, not a date; try ${tryDates('or')}.`,
	'two-dates': (p) => `${q(p.text)} holds two dates, ${q(p.a)} and ${q(p.b)}; give one.`,
	'words-left': (p) => {
		const unread = [p.before && `${q(p.before)} before it`, p.after && `${q(p.after)} after it`];
		const both = Boolean(p.before && p.after);
		return `Dateline reads ${q(p.read)} but not ${unread.filter(Boolean).join(' or ')}: remove ${both ? 'them' : 'it'}.`;
	},
	'no-point': (p) => `${q(p.text)} names no point in time (${p.value}); give a date.`,
	'season-in-one-year': (p) =>
		`${q(p.text)}: a ${p.season} falls within one year (only a winter spans two); type ${q(`${p.season} ${p.first}`)} or ${q(`${p.season} ${p.second}`)}.`,
	'not-one-winter': (p) =>
		`${q(p.text)}: ${p.first} and ${p.second} are not one winter apart; type one winter, such as ${q(oneWinter(p.first))}.`,
	'not-a-month': (p) =>
		`${q(p.text)}: Dateline reads the weeks of a month, and ${q(p.words)} is not one; type a month, such as ${q(`the ${p.which} week of May 2021`)}.`,
	'four-weeks': (p) =>
		`${q(p.text)}: a month holds four whole weeks; type ${q(`the last week of ${p.month}`)} or ${q(p.month)}.`
};

/** A problem said in a language's words. */
export const sayDateProblem = (p: DateProblem, words: DateProblemWords = en): string =>
	(words[p.kind] as (p: DateProblem) => string)(p);

/** A date refused: the problem as data, and in English for logs and tests. */
export const refused = (problem: DateProblem) => ({
	ok: false as const,
	message: sayDateProblem(problem),
	problem
});

import type { DateReading as Reading } from './date-input';

/**
 * How people say a date around what the article normaliser reads, as an editor types it into a
 * date field. In an article the normaliser finds the date inside such words and the sentence
 * around it says the rest; a field holds the date alone, so these are read here, before the
 * normaliser, and the normaliser reads what they leave. Each row says what motivated it, with
 * its examples (tested in date-input.test.ts).
 */

/**
 * Words before a date that say nothing about it ("the seventh of August 2019", "on 3 May",
 * "in January 2020"): the normaliser leaves them out of the date it finds, and the field
 * refused them as words it could not read.
 */
export const LEADING_WORDS = /^(?:(?:on|in|during)\s+)?the$|^(?:on|in|during)$/i;

interface YearOfForm {
	/** `m[1]`: the date without its year; `m[2]`: the words that give the year. */
	pattern: RegExp;
	examples: string[];
}

/**
 * A date whose year is said apart from it: "January of this year", "the third of June last
 * year", "March of 2019". The normaliser reads two dates there (January, and this year) and
 * the field refused it as two; an article's reader takes the month in the year the sentence
 * names, and so does the field: the year's words are read as a year (counted from the story's
 * publication date) and the date is read again with that year written out.
 */
export const YEAR_OF_FORMS: YearOfForm[] = [
	{
		// Not "the following year": in a field there is no date before it for it to follow.
		pattern: /^(.+?)\s+(?:of\s+)?((?:this|last|next)\s+year)$/i,
		examples: ['January of this year', 'the third of June last year', 'March of last year']
	},
	{
		pattern: /^(.+?)\s+of\s+(\d{1,4})$/i,
		examples: ['the seventh of August of 2019', 'May of 2020']
	}
];

/**
 * The reading of a date whose year is said apart from it, or null when the entry is no such
 * phrase (or its year's words are no year): the normaliser's own reading then stands.
 */
export function readYearOf(text: string, readPlain: (words: string) => Reading): Reading | null {
	for (const form of YEAR_OF_FORMS) {
		const m = form.pattern.exec(text);
		// A date that has a year already ("May 2020 of last year") is not given another.
		if (!m || /\d{3,4}/.test(m[1]!)) continue;
		const year = readPlain(m[2]!);
		if (!year.ok || year.date.mod || !/^\d{4}$/.test(year.date.value)) continue;
		const date = readPlain(`${m[1]} ${year.date.value}`);
		if (!date.ok) return null;
		return { ...date, date: { ...date.date, text } };
	}
	return null;
}

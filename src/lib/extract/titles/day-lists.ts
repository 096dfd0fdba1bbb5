/**
 * A date written as a list or a range of days in one month ("on 21 and 22 March", "on May 4 and
 * 5", "on 3, 4 and 5 July", "12-14 March") is tagged by its last or first day alone; the other
 * days belong to the date phrase, and a title that drops the date drops them too, never cutting
 * inside the list ("Nurses will strike on 4"). Each shape is a row of `DAY_LISTS`, with the
 * sentence that asked for it.
 */

import { MONTH_NAMES } from '../../temporal/lexicon';

/** A day of the month as written: "4", "21st". */
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?\b`;

/** What joins the days of a list or a range. */
const JOIN = String.raw`(?:,\s*|,?\s+(?:and|or|to|through)\s+|\s*[-–]\s*)`;

const MONTH = String.raw`(?:${MONTH_NAMES})\.?`;

export const DAY_LISTS: {
	/** Days before the date's words, which open with a day and its month ("5 May"). */
	before?: RegExp;
	/** Days after the date's words, which end with a month and its day ("May 4"). */
	after?: RegExp;
	example: string;
}[] = [
	{
		// (After the date's own preposition: "on 4 and 5 May", "between 12 and 14 March".)
		before: new RegExp(
			String.raw`(?<=\b(?:on|from|between|for|until|till|by|over|of)\s)${DAY}(?:${JOIN}${DAY})*${JOIN}$`,
			'iu'
		),
		example: 'Nurses will strike on 4 and 5 May and again on 12 May.'
	},
	{
		// (A bare comma only inside a list its "and" closes, and the last day followed by no noun:
		// never "By Jan. 20, 180 had returned", "On May 4, 12 officers were hurt".)
		after: new RegExp(
			String.raw`^(?:,\s*${DAY})*(?:,?\s+(?:and|or|to|through)\s+|\s*[-–]\s*)${DAY}(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|in|at|on|to|for|after|before|when|while|again|from|with|by|during)\b)`,
			'u'
		),
		example: 'Nurses will strike on May 4 and 5 and again on May 12.'
	}
];

const DAY_THEN_MONTH = new RegExp(String.raw`^${DAY}\s+${MONTH}`, 'iu');
const MONTH_THEN_DAY = new RegExp(String.raw`${MONTH}\s+${DAY}$`, 'iu');

/** A date's span in `sentence`, widened over the other days of its list or range. */
export function withDayList<S extends { start: number; end: number }>(
	sentence: string,
	span: S
): S {
	const text = sentence.slice(span.start, span.end);
	let { start, end } = span;
	for (const row of DAY_LISTS) {
		const before = DAY_THEN_MONTH.test(text) && row.before?.exec(sentence.slice(0, start));
		if (before) start -= before[0].length;
		const after = MONTH_THEN_DAY.test(text) && row.after?.exec(sentence.slice(end));
		if (after) end += after[0].length;
	}
	return { ...span, start, end };
}

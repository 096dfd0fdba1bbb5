import { describe, it } from 'vitest';
import { expectRow, type TimexRow } from './timex-rows';

/**
 * Which way a date the text leaves open is read (before or after the publication date), by the
 * verb of its clause: one row per sentence, told on a Thursday in November 2025.
 */
const PUBLISHED = '2025-11-20';

const rows: Omit<TimexRow, 'published'>[] = [
	// "last" after a possessive is the adjective of its noun, not the "last" of "last year": the
	// plan's "will" dates the month ahead (dev-quotes-1, dev-subjects-2).
	{
		text: 'Harlow Tools will close its last factory in March, the company said on Wednesday.',
		words: 'March',
		type: 'DATE',
		value: '2026-03'
	},
	{
		text: 'The band will play their last concert in Duluth in March.',
		words: 'March',
		type: 'DATE',
		value: '2026-03'
	},
	{
		text: 'The team played its last game in March.',
		words: 'March',
		type: 'DATE',
		value: '2025-03'
	},
	// dev17e: a weekday right after a verb of deciding is the decision's day, however far ahead
	// what was decided lies; a vote still to come is ahead.
	{
		text: 'The depot will close in June, the transit board agreed on Tuesday.',
		words: 'Tuesday',
		type: 'DATE',
		value: '2025-11-18'
	},
	{
		text: 'The depot will close in June, the board resolved on Tuesday.',
		words: 'Tuesday',
		type: 'DATE',
		value: '2025-11-18'
	},
	{
		text: 'The depot’s future will be decided on Tuesday.',
		words: 'Tuesday',
		type: 'DATE',
		value: '2025-11-25'
	},
	{
		text: 'The depot will close in June, and the board will vote on Tuesday.',
		words: 'Tuesday',
		type: 'DATE',
		value: '2025-11-25'
	},
	// dev15: a retold clause told in the past, misread as a plan. A plural noun after a number
	// or a determiner is no present-tense schedule ("by 431 votes" is not "the Senate votes").
	{
		text: 'Polls closed on Nov. 3, 2020. On Nov. 24 the canvass put Ostrowski in front by 431 votes.',
		words: 'Nov. 24',
		type: 'DATE',
		value: '2020-11-24'
	},
	// A lead "ahead by" a margin is no time to come.
	{
		text: 'Polls closed on Nov. 3, 2020. On Nov. 24 the canvass put Ostrowski ahead by a wide margin.',
		words: 'Nov. 24',
		type: 'DATE',
		value: '2020-11-24'
	},
	// A date after ", and" opens a clause of its own: the modal of the clause before is not its.
	{
		text: 'The court ruled on Nov. 3, 2020, that the ballots must be counted, and on Nov. 24 the recount ended.',
		words: 'Nov. 24',
		type: 'DATE',
		value: '2020-11-24'
	},
	// A date read inside a clock takes its tense from the verb before the clock: "6 : 12 p . m .
	// on" must not fill the verb's window and hide "left".
	{
		text: 'The plane left Detroit at 6:12 p.m. on Jan. 9.',
		words: '6:12 p.m. on Jan. 9',
		type: 'TIME',
		value: '2025-01-09T18:12'
	},
	// The clock after it keeps to the day the story told.
	{
		text: 'The plane left Detroit at 6:12 p.m. on Jan. 9. It landed in Boston at 8:40 p.m.',
		words: '8:40 p.m.',
		type: 'TIME',
		value: '2025-01-09T20:40'
	},
	{
		text: 'The plane will leave Detroit at 6:12 p.m. on Jan. 9.',
		words: '6:12 p.m. on Jan. 9',
		type: 'TIME',
		value: '2026-01-09T18:12'
	},
	// A number's groups are one word of the verb's window, and its comma ends no clause.
	{
		text: 'The agency said it would stop feeding about 200,000 people at the end of April unless new money arrived.',
		words: 'the end of April',
		type: 'DATE',
		value: '2026-04',
		mod: 'END'
	},
	{
		text: 'The agency said it had stopped feeding about 200,000 people at the end of April.',
		words: 'the end of April',
		type: 'DATE',
		value: '2025-04',
		mod: 'END'
	},
	// An abbreviation's full stops and a possessive's "'s" are parts of their word, and end no
	// sentence: "the U.S. Women's Championship in St. Louis" keeps "will play" in October's
	// window (dev13).
	{
		text: "Raman will play in the U.S. Women's Championship in St. Louis in October.",
		words: 'October',
		type: 'DATE',
		value: '2026-10'
	},
	{
		text: "Raman played in the U.S. Women's Championship in St. Louis in October.",
		words: 'October',
		type: 'DATE',
		value: '2025-10'
	},
	{
		text: "The band will open the city's new arena on Main St. in February.",
		words: 'February',
		type: 'DATE',
		value: '2026-02'
	},
	// "next to" names a place: no time to come.
	{
		text: 'A bomb ripped through an office building next to the U.S. embassy in Nairobi on Friday.',
		words: 'Friday',
		type: 'DATE',
		value: '2025-11-14'
	},
	// A base form after a verb is its complement, no schedule ("split open", "swung open"); a
	// verb spelt alike in past and present is past after a singular subject ("a main split",
	// not "splits"), so the Sunday is the last one, not the next.
	{
		text: 'The city lifted the order on Wednesday, ending a boil-water advisory that began when a 36-inch main split open on Sunday.',
		words: 'Sunday',
		type: 'DATE',
		value: '2025-11-16'
	},
	{ text: 'The door swung open on Sunday.', words: 'Sunday', type: 'DATE', value: '2025-11-16' },
	{
		text: 'The company cut 200 jobs in December.',
		words: 'December',
		type: 'DATE',
		value: '2024-12'
	},
	// A noun spelt as the verb is none ("a rate cut"), and a plural subject or an auxiliary
	// leaves a present schedule or a plan.
	{
		text: 'The bank is weighing a rate cut in December.',
		words: 'December',
		type: 'DATE',
		value: '2025-12'
	},
	{
		text: 'The company will cut 200 jobs in December.',
		words: 'December',
		type: 'DATE',
		value: '2025-12'
	},
	{ text: 'The talks open on Sunday.', words: 'Sunday', type: 'DATE', value: '2025-11-23' },
	{ text: 'The museum opens on Sunday.', words: 'Sunday', type: 'DATE', value: '2025-11-23' }
];

describe('the tense of a date’s clause', () => {
	it.each(rows.map((row) => ({ ...row, published: PUBLISHED })))(
		'reads "$words" in "$text" as $value',
		expectRow
	);
});

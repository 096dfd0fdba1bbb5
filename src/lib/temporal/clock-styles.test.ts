import { describe, expect, it } from 'vitest';
import { tagTimexes } from './index';
import { expectRow, type TimexRow } from './timex-rows';

/**
 * Clock times in British and other styles (dev18e): minutes after a full stop ("6.40pm", "at
 * 9.15 on Wednesday"), read as times of their day; without a.m., p.m. or a day after them,
 * "6.40" stays a number.
 */
const THURSDAY = '2026-11-19';
const rows: TimexRow[] = [
	{
		text: 'The first call came at 10.52pm.',
		published: THURSDAY,
		words: '10.52pm',
		type: 'TIME',
		value: '2026-11-19T22:52'
	},
	{
		text: 'He arrived at 6.40 pm and left.',
		published: THURSDAY,
		words: '6.40 pm',
		type: 'TIME',
		value: '2026-11-19T18:40'
	},
	{
		text: 'Firefighters left the block at 6.40 this morning.',
		published: THURSDAY,
		words: '6.40 this morning',
		type: 'TIME',
		value: '2026-11-19T06:40'
	},
	{
		text: 'Residents were allowed back at 9.15 on Wednesday.',
		published: THURSDAY,
		words: '9.15 on Wednesday',
		type: 'TIME',
		value: '2026-11-18T09:15'
	},
	{
		text: 'The last train left at 18.40 on 4 November.',
		published: THURSDAY,
		words: '18.40 on 4 November',
		type: 'TIME',
		value: '2026-11-04T18:40'
	},
	// The "05" of "2.05am" is no clock of its own ("05am on Wednesday" was 05:00).
	{
		text: 'A freight train struck a fallen tree at 2.05am on Wednesday.',
		published: THURSDAY,
		words: '2.05am on Wednesday',
		type: 'TIME',
		value: '2026-11-18T02:05'
	},
	// A day of the story told by its part, right after a clock, is the clock's day.
	{
		text: 'The pumps failed on 14 July 2025. She learned of the spill at 7.30 the next morning.',
		published: THURSDAY,
		words: '7.30 the next morning',
		type: 'TIME',
		value: '2025-07-15T07:30'
	},
	{
		text: 'The pumps failed on 14 July 2025. She was called at 10:15 that night.',
		published: THURSDAY,
		words: '10:15 that night',
		type: 'TIME',
		value: '2025-07-14T22:15'
	},
	// A clock with its a.m. or p.m. takes the day a part after it names, as a bare clock does
	// ("at 11:30 last night"): "11.20pm last night" is yesterday's, not the page's own evening.
	{
		text: 'The power failed at 11.20pm last night and was out for six hours.',
		published: THURSDAY,
		words: '11.20pm last night',
		type: 'TIME',
		value: '2026-11-18T23:20'
	},
	{
		text: 'Police were called to the house at 9am this morning.',
		published: THURSDAY,
		words: '9am this morning',
		type: 'TIME',
		value: '2026-11-19T09:00'
	},
	{
		text: 'The show was moved to 8pm tonight.',
		published: THURSDAY,
		words: '8pm tonight',
		type: 'TIME',
		value: '2026-11-19T20:00'
	},
	// The part of day after a clock's day is of that day, and of its words: left out, a title
	// cut at the date keeps it ("Power failed night and was out …").
	{
		text: 'The power failed at 11.20pm on Saturday night and was out for six hours.',
		published: THURSDAY,
		words: '11.20pm on Saturday night',
		type: 'TIME',
		value: '2026-11-14T23:20'
	},
	{
		text: 'The first train left at 6.15am on Monday morning.',
		published: THURSDAY,
		words: '6.15am on Monday morning',
		type: 'TIME',
		value: '2026-11-16T06:15'
	},
	// The day a report's lede was said does not date the clock times told after it: the
	// happening's day does (dev18e; held-out-dates-7's "shortly after midnight" likewise).
	{
		text: 'A fire in a tower block on Tuesday night started in a kitchen, the brigade said on Wednesday. The first call came at 10.52pm.',
		published: THURSDAY,
		words: '10.52pm',
		type: 'TIME',
		value: '2026-11-17T22:52'
	},
	// Only a trailing speaker's "said on Wednesday": a result "declared" is a happening of its
	// own day, which the clock times after it go on with.
	{
		text: 'Reid won the seat on Friday, the result declared on Saturday. The count ended at 4.10am.',
		published: '2026-10-25',
		words: '4.10am',
		type: 'TIME',
		value: '2026-10-24T04:10'
	}
];

/** "6.40" with no a.m., p.m. or day after it, or told as a price, is a number. */
const numbers: { text: string; published: string }[] = [
	{ text: 'The shares closed at 6.40 on Friday.', published: THURSDAY },
	{ text: 'The pound stood at 1.15 on Tuesday.', published: THURSDAY },
	{ text: 'Inflation rose to 6.40 on Friday.', published: THURSDAY },
	{ text: 'Version 2.05 shipped at 9.15.', published: THURSDAY },
	{ text: 'The update 1.15.30 came at 10.15 on release.', published: THURSDAY }
];

describe('clock times in British style', () => {
	it.each(rows)('reads "$words" in "$text" as $value', expectRow);

	it.each(numbers)('reads no time of day in "$text"', ({ text, published }) => {
		const times = tagTimexes(text, { published }).filter((t) => t.type === 'TIME');
		expect(times).toEqual([]);
	});
});

import { describe, expect, it } from 'vitest';
import { tagTimexes } from './index';
import { expectTimexAt, type TimexRow } from './timex-rows';

type Row = TimexRow;

const FRI = '2020-06-26'; // a Friday

const rows: Row[] = [
	// explicit dates
	{
		text: 'It happened on June 3, 2019.',
		published: FRI,
		words: 'June 3, 2019',
		type: 'DATE',
		value: '2019-06-03'
	},
	{
		text: 'It closes Sept. 30.',
		published: FRI,
		words: 'Sept. 30',
		type: 'DATE',
		value: '2020-09-30'
	},
	{
		text: 'Born 26 June 1950 in Leeds.',
		published: FRI,
		words: '26 June 1950',
		type: 'DATE',
		value: '1950-06-26'
	},
	{
		text: 'in August 1988 it fell',
		published: FRI,
		words: 'August 1988',
		type: 'DATE',
		value: '1988-08'
	},
	{
		text: 'due 11/02/89 at noon',
		published: FRI,
		words: '11/02/89',
		type: 'DATE',
		value: '1989-11-02'
	},
	{
		text: 'on 2020-06-01 they met',
		published: FRI,
		words: '2020-06-01',
		type: 'DATE',
		value: '2020-06-01'
	},
	{
		text: 'on Friday, Oct. 23, 1998 they met',
		published: FRI,
		words: 'Friday, Oct. 23, 1998',
		type: 'DATE',
		value: '1998-10-23'
	},
	{
		text: 'since March the price rose',
		published: FRI,
		words: 'March',
		type: 'DATE',
		value: '2020-03'
	},
	// years, decades, centuries
	{ text: 'in 2019 they won', published: FRI, words: '2019', type: 'DATE', value: '2019' },
	{ text: 'the 2016 election', published: FRI, words: '2016', type: 'DATE', value: '2016' },
	{ text: 'in the 1990s it grew', published: FRI, words: 'the 1990s', type: 'DATE', value: '199' },
	{
		text: 'in the 19th century',
		published: FRI,
		words: 'the 19th century',
		type: 'DATE',
		value: '18'
	},
	{
		text: 'fiscal 1989 results',
		published: FRI,
		words: 'fiscal 1989',
		type: 'DATE',
		value: '1989'
	},
	{
		text: 'in nineteen ninety-six',
		published: FRI,
		words: 'nineteen ninety-six',
		type: 'DATE',
		value: '1996'
	},
	// parts
	{
		text: 'in late March',
		published: FRI,
		words: 'late March',
		type: 'DATE',
		value: '2020-03',
		mod: 'END'
	},
	{
		text: 'by the end of 1990',
		published: FRI,
		words: 'the end of 1990',
		type: 'DATE',
		value: '1990',
		mod: 'END'
	},
	{
		text: 'in mid-November',
		published: '1989-11-02',
		words: 'mid-November',
		type: 'DATE',
		value: '1989-11',
		mod: 'MID'
	},
	{
		text: 'early next year',
		published: FRI,
		words: 'early next year',
		type: 'DATE',
		value: '2021',
		mod: 'START'
	},
	{
		text: 'earlier this year',
		published: FRI,
		words: 'earlier this year',
		type: 'DATE',
		value: '2020',
		mod: 'START'
	},
	// relative to the publication date
	{ text: 'they met last year', published: FRI, words: 'last year', type: 'DATE', value: '2019' },
	{
		text: 'they met next month',
		published: FRI,
		words: 'next month',
		type: 'DATE',
		value: '2020-07'
	},
	{
		text: 'they met last week',
		published: FRI,
		words: 'last week',
		type: 'DATE',
		value: '2020-W25'
	},
	{
		text: 'they met yesterday',
		published: FRI,
		words: 'yesterday',
		type: 'DATE',
		value: '2020-06-25'
	},
	{
		text: 'he left two weeks ago',
		published: FRI,
		words: 'two weeks ago',
		type: 'DATE',
		value: '2020-W24'
	},
	{
		text: 'he left three years ago',
		published: FRI,
		words: 'three years ago',
		type: 'DATE',
		value: '2017'
	},
	{
		text: 'he said on Tuesday',
		published: FRI,
		words: 'Tuesday',
		type: 'DATE',
		value: '2020-06-23'
	},
	{
		text: 'he will go on Tuesday',
		published: FRI,
		words: 'Tuesday',
		type: 'DATE',
		value: '2020-06-30'
	},
	{ text: 'last June', published: FRI, words: 'last June', type: 'DATE', value: '2019-06' },
	// The month just gone is "last month": "last May" said in June is a year back.
	{ text: 'last May', published: FRI, words: 'last May', type: 'DATE', value: '2019-05' },
	{ text: 'last April', published: FRI, words: 'last April', type: 'DATE', value: '2020-04' },
	{ text: 'this summer', published: FRI, words: 'this summer', type: 'DATE', value: '2020-SU' },
	// relative to the story
	{
		text: 'In 2010 he left. The following year he returned.',
		published: FRI,
		words: 'The following year',
		type: 'DATE',
		value: '2011'
	},
	{
		text: 'In 2010 he left. That year he wrote.',
		published: FRI,
		words: 'That year',
		type: 'DATE',
		value: '2010'
	},
	// quarters and halves
	{
		text: 'third-quarter profit',
		published: '1989-11-02',
		words: 'third-quarter',
		type: 'DATE',
		value: '1989-Q3'
	},
	{
		text: 'in the fourth quarter',
		published: '1998-01-20',
		words: 'the fourth quarter',
		type: 'DATE',
		value: '1997-Q4'
	},
	{
		text: "fiscal 1998's third quarter",
		published: FRI,
		words: "fiscal 1998's third quarter",
		type: 'DATE',
		value: '1998-Q3'
	},
	{
		text: 'the first half of 1990',
		published: FRI,
		words: 'the first half of 1990',
		type: 'DATE',
		value: '1990-H1'
	},
	// durations and references
	{ text: 'for three years', published: FRI, words: 'three years', type: 'DURATION', value: 'P3Y' },
	{ text: 'a two-year deal', published: FRI, words: 'two-year', type: 'DURATION', value: 'P2Y' },
	{
		text: 'over the past two months',
		published: FRI,
		words: 'the past two months',
		type: 'DURATION',
		value: 'P2M'
	},
	{ text: 'not now', published: FRI, words: 'now', type: 'DATE', value: 'PRESENT_REF' },
	{ text: 'it recently fell', published: FRI, words: 'recently', type: 'DATE', value: 'PAST_REF' },
	{ text: 'in the future', published: FRI, words: 'the future', type: 'DATE', value: 'FUTURE_REF' },
	// times and sets
	{
		text: 'at 9 a.m. Tuesday',
		published: FRI,
		words: '9 a.m. Tuesday',
		type: 'TIME',
		value: '2020-06-23T09:00'
	},
	{
		text: 'this morning',
		published: FRI,
		words: 'this morning',
		type: 'TIME',
		value: '2020-06-26TMO'
	},
	{ text: 'published daily', published: FRI, words: 'daily', type: 'SET', value: 'P1D' }
];

describe('tagTimexes', () => {
	it.each(rows)('reads "$words" published $published as $type $value', (row) => {
		const timexes = tagTimexes(row.text, { published: row.published });
		const at = row.text.indexOf(row.words);
		expectTimexAt(timexes, at, row);
	});

	it.each([
		'a 43-year-old man',
		'he may go',
		'a march on the capital',
		'$1,990 in cash',
		'2,000 people',
		'she was 4 in the morning class',
		'they joined the March on Washington',
		'Prime Minister Theresa May said',
		'It failed. Now, he says, it must change.',
		'15 million instructions per second',
		'a top speed of 90 miles per hour',
		'the death toll rose to 12 in the afternoon',
		'she spoke at 4 in the morning session',
		'under the May government',
		'Flight 1549 landed on the Hudson',
		'she lives at 1600 Pennsylvania Avenue',
		'police responded to the 1300 block of Main Street',
		'he stayed in Room 1600',
		// dev10: a union local, an auction lot and a catalogue's star or planet are names.
		'members of Amalgamated Transit Union Local 1207 voted',
		'it was listed as Lot 1871 and credited to an unknown painter',
		'its spectrometer also watched LHS 1140 b, a planet 49 light-years away',
		'he wore No. 1999 for the Hawks',
		'nurses, represented by 1199SEIU, picketed the hospital',
		'it made the Sunday Times best-seller list',
		'a star of Monday Night Football'
	])('finds nothing in "%s"', (text) => {
		expect(tagTimexes(text, { published: FRI })).toEqual([]);
	});

	it.each([
		['The local 2019 election was close.', '2019'],
		['THE PARTY WAS FOUNDED IN 1921.', '1921'],
		['The UN was founded in 1945.', '1945']
	])('still reads a year after a lower-case "local" or capitals in "%s" (dev10)', (text, year) => {
		expect(tagTimexes(text, { published: FRI }).map((t) => t.value)).toEqual([year]);
	});

	it.each([
		// Some Sunday of that month, not the Sunday before the page's date.
		['It was taken on a Sunday afternoon in March 2007.', ['March 2007', '2007-03']],
		['The plant closed on a Friday in June 2019.', ['June 2019', '2019-06']],
		['He left one Friday in 2012.', ['2012', '2012']],
		// "a" belongs to the memorial: the Sunday is a real one.
		['Hundreds attended a Sunday night memorial.', ['Sunday night', '2020-06-21']]
	])('dates "%s" by the month or year after an indefinite weekday', (text, expected) => {
		expect(tagTimexes(text, { published: FRI }).map((t) => [t.text, t.value])).toEqual([expected]);
	});

	it('returns sorted, non-overlapping spans that slice the text', () => {
		const text = 'From 2016 to 2018, and between March and May 2019, sales rose for three years.';
		const timexes = tagTimexes(text, { published: FRI });
		expect(timexes.map((t) => t.text)).toEqual([
			'2016',
			'2018',
			'March',
			'May 2019',
			'three years'
		]);
		for (const [k, t] of timexes.entries()) {
			expect(text.slice(t.start, t.end)).toBe(t.text);
			if (k > 0) expect(t.start).toBeGreaterThanOrEqual(timexes[k - 1]!.end);
		}
	});

	it('leaves relative values unresolved when no date is known or given', () => {
		const [timex] = tagTimexes('They met last year.');
		expect(timex?.value).toBe('XXXX');
	});
});

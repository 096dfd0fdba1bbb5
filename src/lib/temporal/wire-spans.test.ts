import { describe, expect, it } from 'vitest';
import { tagTimexes } from './index';
import { expectTimexAt, type TimexRow } from './timex-rows';

/**
 * Wire copy of the 2010s and 2020s: lengths, sets, ranges and times of day, one row per
 * expression, and phrases that look temporal but are not.
 */
const rows: TimexRow[] = [
	// Fractions of a unit go into the next smaller one.
	{
		text: 'He spent 2 1/2 years in prison and was released in 2021.',
		published: '2023-03-15',
		words: '2 1/2 years',
		type: 'DURATION',
		value: 'P2Y6M'
	},
	{
		text: 'The flight lasted about 5½ hours.',
		published: '2023-03-15',
		words: 'about 5½ hours',
		type: 'DURATION',
		value: 'PT5H30M',
		mod: 'APPROX'
	},
	{
		text: 'Talks lasted an hour and a half.',
		published: '2023-03-15',
		words: 'an hour and a half',
		type: 'DURATION',
		value: 'PT1H30M'
	},
	{
		text: 'The recovery took a year and a half.',
		published: '2023-03-15',
		words: 'a year and a half',
		type: 'DURATION',
		value: 'P1Y6M'
	},
	{
		text: 'Rescuers searched for one and a half days.',
		published: '2023-03-15',
		words: 'one and a half days',
		type: 'DURATION',
		value: 'P1DT12H'
	},
	// dev10: a range of years that writes its end in two digits: the end is a year of its own,
	// as WikiWars marks "1995-96"; never before the first year, never an ISO month.
	{
		text: 'Her teams went 98-40 in 2021-24, the best record in the league.',
		published: '2026-04-13',
		words: '24',
		type: 'DATE',
		value: '2024'
	},
	{
		text: 'The Third Taiwan Strait Crisis in 1995–96 escalated tensions.',
		published: '2009-01-01',
		words: '96',
		type: 'DATE',
		value: '1996'
	},
	// A range naming its month once: the second day is a date of its own.
	{
		text: 'The summit will be held on April 24 and 25 in Brussels.',
		published: '2023-03-15',
		words: '25',
		type: 'DATE',
		value: '2023-04-25'
	},
	{
		text: 'Talks were held April 24-25, 2019, in Geneva.',
		published: '2023-03-15',
		words: 'April 24',
		type: 'DATE',
		value: '2019-04-24'
	},
	{
		text: 'Talks were held April 24-25, 2019, in Geneva.',
		published: '2023-03-15',
		words: '25, 2019',
		type: 'DATE',
		value: '2019-04-25'
	},
	// "N days later": the length is the expression, "later" its signal; a year earlier is a date.
	{
		text: 'Three days later, the company filed for bankruptcy.',
		published: '2023-05-16',
		words: 'Three days',
		type: 'DURATION',
		value: 'P3D'
	},
	{
		text: 'He landed just over an hour later.',
		published: '2023-05-16',
		words: 'over an hour',
		type: 'DURATION',
		value: 'PT1H',
		mod: 'MORE_THAN'
	},
	{
		text: 'He will meet the minister later this afternoon.',
		published: '2024-02-14',
		words: 'later this afternoon',
		type: 'TIME',
		value: '2024-02-14TAF',
		mod: 'END'
	},
	{
		text: 'By mid-afternoon Tuesday, the index had recovered.',
		published: '2024-02-14',
		words: 'mid-afternoon Tuesday',
		type: 'TIME',
		value: '2024-02-13TAF',
		mod: 'MID'
	},
	{
		text: 'Rescuers reached the site in the early morning.',
		published: '2024-02-14',
		words: 'early morning',
		type: 'TIME',
		value: '2024-02-14TMO',
		mod: 'START'
	},
	{
		text: 'Cases have fallen for 10 consecutive days.',
		published: '2021-06-10',
		words: '10 consecutive days',
		type: 'DURATION',
		value: 'P10D'
	},
	{
		text: 'The company pays a dividend every three months.',
		published: '2021-06-10',
		words: 'every three months',
		type: 'SET',
		value: 'P3M'
	},
	{
		text: 'The appeal could take as long as a month.',
		published: '2021-06-10',
		words: 'a month',
		type: 'DURATION',
		value: 'P1M'
	},
	{
		text: 'Police ended a weeklong manhunt on Friday.',
		published: '2021-06-10',
		words: 'weeklong',
		type: 'DURATION',
		value: 'P1W'
	},
	{
		text: 'It ended a decades-long feud.',
		published: '2021-06-10',
		words: 'decades-long',
		type: 'DURATION',
		value: 'PXY'
	}
];

describe('wire copy: lengths, sets, ranges and times', () => {
	it.each(rows)('reads "$words" in "$text" as $type $value', (row) => {
		const at = row.text.indexOf(row.words);
		expectTimexAt(tagTimexes(row.text, { published: row.published }), at, row);
	});

	it.each([
		'Shares rose 1 1/2 points.',
		'He earns $5 a year and a half-day bonus.',
		'Sales rose 5 to 10 percent.',
		"He told CBS's 60 Minutes he would run.",
		'The vote matters to the future of Europe.',
		"Phones shape today's youth.",
		'She hosts a late-night show.',
		'A 6-year-old boy was found.'
	])('tags nothing in "%s"', (text) => {
		const timexes = tagTimexes(text, { published: '2023-03-15' });
		expect(timexes).toEqual([]);
	});
});

import { describe, expect, it } from 'vitest';
import { tagTimexes } from './index';
import { expectRow, expectTimexAt, type TimexRow } from './timex-rows';

const PUBLISHED = '2020-06-26'; // a Friday

/** Expressions of present-day news copy, each read against a Friday publication date. */
const rows: { text: string; words: string; type: string; value: string; mod?: string }[] = [
	{ text: 'Revenue in Q1 2020 fell.', words: 'Q1 2020', type: 'DATE', value: '2020-Q1' },
	{ text: 'H1 2019 was strong.', words: 'H1 2019', type: 'DATE', value: '2019-H1' },
	// "died" is a past too short for the "-ed" rule: the modal of the clause before is no plan.
	{
		text: 'Voss, whose work showed how fast climate could change, died on Sunday at her home.',
		words: 'Sunday',
		type: 'DATE',
		value: '2020-06-21'
	},
	{
		text: 'At its peak it drew 14 million viewers on Sunday evenings.',
		words: 'Sunday evenings',
		type: 'SET',
		value: 'XXXX-WXX-7TEV'
	},
	// "of last year" names the month's year: not the nearest April before the page.
	{
		text: 'He had surgery in April of last year.',
		words: 'April of last year',
		type: 'DATE',
		value: '2019-04'
	},
	{
		text: 'It opens in March of next year.',
		words: 'March of next year',
		type: 'DATE',
		value: '2021-03'
	},
	{
		text: 'Sales fell in June of this year.',
		words: 'June of this year',
		type: 'DATE',
		value: '2020-06'
	},
	{ text: 'It set FY2021 guidance.', words: 'FY2021', type: 'DATE', value: '2021' },
	{ text: "It grew in the '80s.", words: "the '80s", type: 'DATE', value: '198' },
	{
		text: 'Prices rose in the mid-2000s.',
		words: 'the mid-2000s',
		type: 'DATE',
		value: '200',
		mod: 'MID'
	},
	{ text: 'It is the 21st century.', words: 'the 21st century', type: 'DATE', value: '20' },
	{ text: 'They rest this weekend.', words: 'this weekend', type: 'DATE', value: '2020-W26-WE' },
	{ text: 'They met over the weekend.', words: 'the weekend', type: 'DATE', value: '2020-W25-WE' },
	// The auxiliary carries the tense, not the base verb a schedule would use ("meet Tuesday").
	{
		text: 'The two sides did not meet again until Wednesday.',
		words: 'Wednesday',
		type: 'DATE',
		value: '2020-06-24'
	},
	{
		text: "They didn't meet until Wednesday.",
		words: 'Wednesday',
		type: 'DATE',
		value: '2020-06-24'
	},
	{ text: 'The leaders meet Wednesday.', words: 'Wednesday', type: 'DATE', value: '2020-07-01' },
	// A speaker's "today" moves no story: "that evening" is the evening of the day told before.
	{
		text: 'The convoy reached Kallo on June 2. "Today we delivered flour," Musa said that evening.',
		words: 'that evening',
		type: 'DATE',
		value: '2020-06-02'
	},
	{
		text: 'The board will not meet until Wednesday.',
		words: 'Wednesday',
		type: 'DATE',
		value: '2020-07-01'
	},
	{ text: 'Between March and May 2019, it grew.', words: 'March', type: 'DATE', value: '2019-03' },
	{ text: 'From Jan. 3 to Feb. 5, 2018.', words: 'Jan. 3', type: 'DATE', value: '2018-01-03' },
	{ text: 'A decade earlier, in 2008.', words: 'A decade earlier', type: 'DATE', value: '2010' },
	{
		text: 'In 2008 he ran. The previous day it rained.',
		words: 'The previous day',
		type: 'DATE',
		value: '2020-06-25'
	},
	{
		text: 'On May 3, 2019, he ran. The next day he rested.',
		words: 'The next day',
		type: 'DATE',
		value: '2019-05-04'
	},
	{ text: 'Two decades ago it began.', words: 'Two decades ago', type: 'DATE', value: '2000' },
	{ text: 'He left a week ago.', words: 'a week ago', type: 'DATE', value: '2020-W25' },
	{
		text: 'It ends later this month.',
		words: 'later this month',
		type: 'DATE',
		value: '2020-06',
		mod: 'END'
	},
	{ text: 'They meet next Tuesday.', words: 'next Tuesday', type: 'DATE', value: '2020-06-30' },
	{ text: 'They met last Monday.', words: 'last Monday', type: 'DATE', value: '2020-06-22' },
	{ text: 'in the coming weeks', words: 'coming weeks', type: 'DURATION', value: 'PXW' },
	{
		text: 'within the next two years',
		words: 'the next two years',
		type: 'DURATION',
		value: 'P2Y'
	},
	{ text: 'He meets them every Monday.', words: 'every Monday', type: 'SET', value: 'XXXX-WXX-1' },
	{ text: 'It opens on May 1st.', words: 'May 1st', type: 'DATE', value: '2020-05-01' },
	{
		text: 'It closed on Christmas Eve.',
		words: 'Christmas Eve',
		type: 'DATE',
		value: '2019-12-24'
	},
	{
		text: 'Stores open on Christmas morning.',
		words: 'Christmas',
		type: 'DATE',
		value: '2019-12-25'
	},
	{ text: 'Sales rose before Christmas.', words: 'Christmas', type: 'DATE', value: '2019-12-25' },
	{
		text: 'They met on Thanksgiving Day.',
		words: 'Thanksgiving Day',
		type: 'DATE',
		value: '2019-11-28'
	},
	{ text: 'Officials said months ago.', words: 'months ago', type: 'DATE', value: 'PAST_REF' },
	{
		text: 'He said a week or so ago.',
		words: 'a week or so ago',
		type: 'DATE',
		value: '2020-W25',
		mod: 'APPROX'
	},
	{ text: 'Visitors come every summer.', words: 'every summer', type: 'SET', value: 'XXXX-SU' },
	{ text: 'Orangemen march each July.', words: 'each July', type: 'SET', value: 'XXXX-07' },
	{ text: 'They meet every May.', words: 'every May', type: 'SET', value: 'XXXX-05' },
	{
		text: 'The game begins Tuesday at 8:08 p.m.',
		words: 'Tuesday at 8:08 p.m.',
		type: 'TIME',
		value: '2020-06-30T20:08'
	},
	{
		text: 'The vote is scheduled for noon Tuesday.',
		words: 'noon Tuesday',
		type: 'TIME',
		value: '2020-06-30T12:00'
	},
	{ text: 'It will soon end.', words: 'soon', type: 'DATE', value: 'FUTURE_REF' },
	{ text: 'The March elections were delayed.', words: 'March', type: 'DATE', value: '2020-03' },
	{ text: 'He spoke Friday night.', words: 'Friday night', type: 'DATE', value: '2020-06-26' },
	{
		text: 'The talks ended Thursday evening.',
		words: 'Thursday evening',
		type: 'TIME',
		value: '2020-06-25TEV'
	},
	{
		text: 'He left early Friday morning.',
		words: 'early Friday morning',
		type: 'TIME',
		value: '2020-06-26TMO',
		mod: 'START'
	},
	{ text: 'the vote at 3 p.m. ET', words: '3 p.m. ET', type: 'TIME', value: '2020-06-26T15:00' },
	{
		text: 'pushed the update at 2:10 a.m. Eastern time and withdrew it',
		words: '2:10 a.m. Eastern time',
		type: 'TIME',
		value: '2020-06-26T02:10'
	},
	{
		text: 'The signal came at 11:42 a.m. Central European Time, after',
		words: '11:42 a.m. Central European Time',
		type: 'TIME',
		value: '2020-06-26T11:42'
	},
	{
		text: 'He will leave at 4 in the morning.',
		words: '4 in the morning',
		type: 'TIME',
		value: '2020-06-26T04:00'
	},
	{
		text: 'Talks are due to start in two weeks.',
		words: 'two weeks',
		type: 'DATE',
		value: '2020-W28'
	},
	{
		text: 'The vote will take place two weeks from now.',
		words: 'two weeks from now',
		type: 'DATE',
		value: '2020-W28'
	},
	{
		text: 'It was his second letter in two weeks.',
		words: 'two weeks',
		type: 'DURATION',
		value: 'P2W'
	},
	{
		text: 'The show starts at 9 tonight.',
		words: '9 tonight',
		type: 'TIME',
		value: '2020-06-26T21:00'
	},
	{
		text: 'Police were called at 11:30 last night.',
		words: '11:30 last night',
		type: 'TIME',
		value: '2020-06-25T23:30'
	},
	{
		text: 'Shares closed at 4 this afternoon.',
		words: '4 this afternoon',
		type: 'TIME',
		value: '2020-06-26T16:00'
	},
	{
		text: 'Trading resumes at 1400 GMT.',
		words: '1400 GMT',
		type: 'TIME',
		value: '2020-06-26T14:00'
	},
	{
		text: 'Polls close by 8 in the evening.',
		words: '8 in the evening',
		type: 'TIME',
		value: '2020-06-26T20:00'
	},
	{ text: 'It opened 2020/06/25.', words: '2020/06/25', type: 'DATE', value: '2020-06-25' },
	{ text: 'It ends on the 30th.', words: 'the 30th', type: 'DATE', value: '2020-06-30' },
	{
		text: 'Sales slowed in mid-March.',
		words: 'mid-March',
		type: 'DATE',
		value: '2020-03',
		mod: 'MID'
	},
	{
		text: 'It rained earlier in the year.',
		words: 'earlier in the year',
		type: 'DATE',
		value: '2020',
		mod: 'START'
	},
	{ text: 'It opened in spring 2019.', words: 'spring 2019', type: 'DATE', value: '2019-SP' },
	{
		text: 'in the first half of the year',
		words: 'the first half of the year',
		type: 'DATE',
		value: '2020-H1'
	},
	{
		text: 'It will grow over the next decade.',
		words: 'the next decade',
		type: 'DURATION',
		value: 'P10Y'
	},
	{
		text: 'a hearing the week of March 6, 2000',
		words: 'the week of March 6, 2000',
		type: 'DATE',
		value: '2000-W10'
	},
	{
		text: 'It grew over the past decade.',
		words: 'the past decade',
		type: 'DURATION',
		value: 'P10Y'
	},
	{
		text: 'On May 3, 2019, he fell ill. The next morning he died.',
		words: 'The next morning',
		type: 'DATE',
		value: '2019-05-04'
	},
	{
		text: 'more than four hours',
		words: 'more than four hours',
		type: 'DURATION',
		value: 'PT4H',
		mod: 'MORE_THAN'
	}
];

describe('present-day news, published Friday 2020-06-26', () => {
	it.each(rows)('reads "$words" as $type $value', (row) => {
		const at = row.text.indexOf(row.words);
		expectTimexAt(tagTimexes(row.text, { published: PUBLISHED }), at, row);
	});

	it.each([
		'He is 43 years old.',
		'COVID-19 vaccines',
		'24/7 coverage',
		'after 9/11',
		'It took 5,000 lives.',
		'Jan Kavan said so.',
		// A month before a surname, with no word that makes it a time, is a first name.
		'He married the actress June Pelham.',
		'The question came from the reporter April Ryan.',
		'Sun Microsystems rose.',
		'quarterly dividends',
		'$500 million a year',
		'the film High Noon',
		// A holiday naming a kind of thing is no date.
		'He climbed into the attic to look for Christmas ornaments.',
		'Shoppers bought Easter eggs.',
		'They ate Thanksgiving dinner together.',
		'as soon as possible, he said'.replace('possible', 'Tuesday')
	])('tags no expression of its own in "%s"', (text) => {
		const timexes = tagTimexes(text, { published: PUBLISHED });
		expect(timexes.filter((t) => !/Tuesday/.test(t.text))).toEqual([]);
	});
});

/**
 * Late in the year a deadline named by its month crosses into the next, and a retelling's "May
 * of that year" and "the following month" stay in the story's year.
 */
const lateInYear: TimexRow[] = [
	{
		text: 'Ms. Raman, who became chief executive in 2020, said most of the jobs would go by the end of March.',
		published: '2024-11-07',
		words: 'the end of March',
		type: 'DATE',
		value: '2025-03',
		mod: 'END'
	},
	{
		text: 'The county had cut 2,000 jobs by the end of March, officials said.',
		published: '2024-11-07',
		words: 'the end of March',
		type: 'DATE',
		value: '2024-03',
		mod: 'END'
	},
	{
		text: 'The team climbed to first place in its division by the end of January and traded for a center.',
		published: '2025-06-16',
		words: 'the end of January',
		type: 'DATE',
		value: '2025-01',
		mod: 'END'
	},
	{
		text: 'The club finished 11th in 2023 and fired its coach in May of that year.',
		published: '2025-11-10',
		words: 'May of that year',
		type: 'DATE',
		value: '2023-05'
	},
	{
		text: 'The board settled in 1971 and merged its schools in March of the following year.',
		published: '2025-12-16',
		words: 'March of the following year',
		type: 'DATE',
		value: '1972-03'
	},
	{
		text: 'The club finished 11th in 2023 and fired its coach in May of that year. His replacement was hired the following month.',
		published: '2025-11-10',
		words: 'the following month',
		type: 'DATE',
		value: '2023-06'
	},
	{
		text: 'Finance Minister Anna Weber said the government would present a supplementary budget in February.',
		published: '2025-12-10',
		words: 'February',
		type: 'DATE',
		value: '2026-02'
	},
	{
		// The saying's month, not the page's, is what "would" looks ahead of.
		text: 'In January, the company said it would open the plant in March.',
		published: '2026-06-10',
		words: 'March',
		type: 'DATE',
		value: '2026-03'
	},
	{
		text: 'The company said on Tuesday that it would open the plant in March.',
		published: '2026-06-10',
		words: 'March',
		type: 'DATE',
		value: '2027-03'
	},
	{
		text: 'Keller abandoned the goal last spring.',
		published: '2025-12-10',
		words: 'last spring',
		type: 'DATE',
		value: '2025-SP'
	},
	{
		text: 'The talks resume next spring.',
		published: '2025-12-10',
		words: 'next spring',
		type: 'DATE',
		value: '2026-SP'
	},
	{
		// "open" after a possessive is an adjective, no schedule ("the talks open Tuesday").
		text: "Democrat Rosa Molina won the race for Arizona's open Senate seat on Tuesday.",
		published: '2024-11-06',
		words: 'Tuesday',
		type: 'DATE',
		value: '2024-11-05'
	},
	{
		text: 'It snowed last winter.',
		published: '2025-12-10',
		words: 'last winter',
		type: 'DATE',
		value: '2024-WI'
	},
	// A winter is named by its December (2026-WI is December 2026 to February 2027): told in
	// March, "next winter" is the coming one and "last winter" the one that just ended; told in
	// January, "this winter" is the one under way (a new user's review: "next winter" in March
	// 2026 read as December 2027).
	...(
		[
			['2026-03-16', 'The sandals will go on display next winter.', 'next winter', '2026-WI'],
			['2026-03-16', 'The lake froze over last winter.', 'last winter', '2025-WI'],
			['2026-03-16', 'The river flooded during the winter.', 'the winter', '2025-WI'],
			['2026-03-16', 'The lake will freeze during the winter.', 'the winter', '2026-WI'],
			['2026-01-10', 'The rink reopens this winter.', 'this winter', '2025-WI'],
			['2026-01-10', 'The rink closed last winter.', 'last winter', '2024-WI'],
			['2026-01-10', 'The rink will reopen next winter.', 'next winter', '2026-WI']
		] as const
	).map(([published, text, words, value]) => ({ text, published, words, type: 'DATE', value }))
];

describe('deadlines late in the year, months of the story’s year', () => {
	it.each(lateInYear)('reads "$words" in "$text" as $value', expectRow);
});

import { describe, expect, it } from 'vitest';
import { tagTimexes } from './index';

/**
 * Wire copy of the 2010s and 2020s, the kind of unseen news the tagger is scored on: one row per
 * expression, read against the publication date of its own story.
 */
const rows: {
	text: string;
	published: string;
	words: string;
	type: string;
	value: string;
	mod?: string;
}[] = [
	// Wednesday 2023-03-15: a date right after a reporting verb is when it was said.
	{
		text: 'Paribas said Monday that it will bid for the rest of the company.',
		published: '2023-03-15',
		words: 'Monday',
		type: 'DATE',
		value: '2023-03-13'
	},
	{
		text: 'The Fed said Wednesday it would raise rates, its ninth hike since March 2022.',
		published: '2023-03-15',
		words: 'Wednesday',
		type: 'DATE',
		value: '2023-03-15'
	},
	{
		text: 'Inflation eased in February, the Labor Department said on Tuesday.',
		published: '2023-03-15',
		words: 'Tuesday',
		type: 'DATE',
		value: '2023-03-14'
	},
	{
		text: 'Protesters were planning to march on the capitol on Saturday.',
		published: '2023-03-15',
		words: 'Saturday',
		type: 'DATE',
		value: '2023-03-18'
	},
	{
		text: 'Powell is scheduled to testify before Congress on Tuesday.',
		published: '2023-03-15',
		words: 'Tuesday',
		type: 'DATE',
		value: '2023-03-21'
	},
	{
		text: 'The bill passed the Senate 52-48 on Thursday night.',
		published: '2023-03-15',
		words: 'Thursday night',
		type: 'DATE',
		value: '2023-03-09'
	},
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
	// Irregular past verbs date a bare month back; "be paid" says nothing of time.
	{
		text: 'Apple said it bought the startup in January.',
		published: '2023-11-20',
		words: 'January',
		type: 'DATE',
		value: '2023-01'
	},
	{
		text: 'The contracts will be paid in January.',
		published: '2023-11-20',
		words: 'January',
		type: 'DATE',
		value: '2024-01'
	},
	{
		text: 'The dividend is payable Jan. 2 to shareholders of record Dec. 15.',
		published: '2023-11-20',
		words: 'Jan. 2',
		type: 'DATE',
		value: '2024-01-02'
	},
	{
		text: 'The dividend is payable Jan. 2 to shareholders of record Dec. 15.',
		published: '2023-11-20',
		words: 'Dec. 15',
		type: 'DATE',
		value: '2023-12-15'
	},
	{
		text: 'The regulator gave the company until mid-November to respond.',
		published: '2023-10-02',
		words: 'mid-November',
		type: 'DATE',
		value: '2023-11',
		mod: 'MID'
	},
	// Present-tense schedules look ahead; an infinitive after a past verb does not.
	{
		text: 'The talks resume Tuesday in Geneva.',
		published: '2023-05-17',
		words: 'Tuesday',
		type: 'DATE',
		value: '2023-05-23'
	},
	{
		text: 'Biden travels to Japan on Friday for the G7 summit.',
		published: '2023-05-16',
		words: 'Friday',
		type: 'DATE',
		value: '2023-05-19'
	},
	{
		text: 'The panel is to meet Thursday to weigh the merger.',
		published: '2023-05-16',
		words: 'Thursday',
		type: 'DATE',
		value: '2023-05-18'
	},
	{
		text: 'The company failed to meet its targets on Monday.',
		published: '2023-05-16',
		words: 'Monday',
		type: 'DATE',
		value: '2023-05-15'
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
		text: 'A year earlier, the firm earned $2 million.',
		published: '2023-05-16',
		words: 'A year earlier',
		type: 'DATE',
		value: '2022'
	},
	{
		text: 'The vote was planned for early March, officials said.',
		published: '2023-02-10',
		words: 'early March',
		type: 'DATE',
		value: '2023-03',
		mod: 'START'
	},
	// "to" before a date looks ahead, unless it ends a range or a comparison.
	{
		text: 'The company bought 250,000 shares from March 1 to Thursday.',
		published: '2023-03-13',
		words: 'Thursday',
		type: 'DATE',
		value: '2023-03-09'
	},
	{
		text: 'In contrast to Thursday, when crowds were calm, police fired tear gas.',
		published: '2023-03-13',
		words: 'Thursday',
		type: 'DATE',
		value: '2023-03-09'
	},
	{
		text: 'The deadline was extended to Thursday.',
		published: '2023-03-13',
		words: 'Thursday',
		type: 'DATE',
		value: '2023-03-16'
	},
	{
		text: 'The judge set Friday as the deadline for a response.',
		published: '2023-03-18',
		words: 'Friday',
		type: 'DATE',
		value: '2023-03-17'
	},
	{
		text: 'The vote is set for Thursday.',
		published: '2023-03-13',
		words: 'Thursday',
		type: 'DATE',
		value: '2023-03-16'
	},
	// A deadline in a pluperfect clause has passed.
	{
		text: 'The storm made landfall early Tuesday; by late Tuesday it had weakened.',
		published: '2023-10-26',
		words: 'late Tuesday',
		type: 'DATE',
		value: '2023-10-24',
		mod: 'END'
	},
	{
		text: 'The fund had bought 5% of the shares through Sept. 29.',
		published: '2023-08-14',
		words: 'Sept. 29',
		type: 'DATE',
		value: '2022-09-29'
	},
	{
		text: 'The union approved a new contract effective June 1.',
		published: '2023-10-26',
		words: 'June 1',
		type: 'DATE',
		value: '2024-06-01'
	},
	{
		text: 'The law became effective June 1.',
		published: '2023-10-26',
		words: 'June 1',
		type: 'DATE',
		value: '2023-06-01'
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
		text: "Tomorrow's vote has international implications.",
		published: '2024-02-14',
		words: 'Tomorrow',
		type: 'DATE',
		value: '2024-02-15'
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
		text: 'Negotiators worked through Saturday night and reached a deal.',
		published: '2023-03-15',
		words: 'Saturday night',
		type: 'DATE',
		value: '2023-03-11'
	},
	{
		text: 'The Fed meets next Tuesday and Wednesday.',
		published: '2023-03-15',
		words: 'Wednesday',
		type: 'DATE',
		value: '2023-03-22'
	},
	{
		text: 'Markets were closed Monday and reopen Tuesday.',
		published: '2023-03-15',
		words: 'Tuesday',
		type: 'DATE',
		value: '2023-03-21'
	},
	{
		text: 'Voting ends Sunday.',
		published: '2023-03-15',
		words: 'Sunday',
		type: 'DATE',
		value: '2023-03-19'
	},
	{
		text: 'The law takes effect in January.',
		published: '2013-03-22',
		words: 'January',
		type: 'DATE',
		value: '2014-01'
	},
	{
		text: 'The rule, adopted in December, goes into force in July.',
		published: '2013-03-22',
		words: 'July',
		type: 'DATE',
		value: '2013-07'
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

describe('wire copy of the 2010s and 2020s', () => {
	it.each(rows)('reads "$words" in "$text" as $type $value', (row) => {
		const at = row.text.indexOf(row.words);
		const timex = tagTimexes(row.text, { published: row.published }).find((t) => t.start === at);
		expect(timex?.text).toBe(row.words);
		expect(timex?.type).toBe(row.type);
		expect(timex?.value).toBe(row.value);
		expect(timex?.mod).toBe(row.mod);
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

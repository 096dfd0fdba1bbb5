import { describe, expect, it } from 'vitest';
import { tagTimexes } from './index';
import { expectRow, type TimexRow } from './timex-rows';

const PUB = '2024-03-01';

/** One row per expression: BC values as TIMEX2 and the WikiWars gold write them. */
const rows: Omit<TimexRow, 'published' | 'type'>[] = [
	{ text: 'Caesar was killed in 44 BC by senators.', words: '44 BC', value: 'BC0044' },
	{ text: 'Alexander won at Gaugamela in 331 BC.', words: '331 BC', value: 'BC0331' },
	{ text: 'The city was founded in 300 BCE, it is said.', words: '300 BCE', value: 'BC0300' },
	{ text: 'Hannibal crossed in 218 B.C. with elephants.', words: '218 B.C.', value: 'BC0218' },
	{
		text: 'It was written around 250 B.C.E. in Alexandria.',
		words: 'around 250 B.C.E.',
		value: 'BC0250',
		mod: 'APPROX'
	},
	{
		text: 'Hannibal won at Cannae in the spring of 216 BC.',
		words: 'the spring of 216 BC',
		value: 'BC0216-SP'
	},
	{
		text: 'Caesar died on March 15, 44 BC, in the theatre.',
		words: 'March 15, 44 BC',
		value: 'BC0044-03-15'
	},
	{
		text: 'The battle was fought in August 480 BC near the pass.',
		words: 'August 480 BC',
		value: 'BC0480-08'
	},
	{
		text: 'Athens flourished in the 5th century BC under Pericles.',
		words: 'the 5th century BC',
		value: 'BC04'
	},
	{
		text: 'Writing spread in the fourth century B.C. across Greece.',
		words: 'the fourth century B.C.',
		value: 'BC03'
	},
	{ text: 'Vesuvius buried Pompeii in AD 79 without warning.', words: 'AD 79', value: '0079' },
	{ text: 'Vesuvius buried Pompeii in 79 AD without warning.', words: '79 AD', value: '0079' },
	{ text: 'Vesuvius erupted in 79 CE and buried the town.', words: '79 CE', value: '0079' },
	{ text: 'The wall was built in A.D. 122 on the frontier.', words: 'A.D. 122', value: '0122' },
	{
		text: 'Christianity spread in the first century across the empire.',
		words: 'the first century',
		value: '00'
	},
	{
		text: 'The crisis of the third century AD nearly broke Rome.',
		words: 'the third century AD',
		value: '02'
	},
	{
		text: 'Bronze was worked in the second millennium BC in Crete.',
		words: 'the second millennium BC',
		value: 'BC1'
	},
	{ text: 'Rome rose in the 1st millennium and fell.', words: 'the 1st millennium', value: '0' },
	{
		text: 'The temple dates from c. 500 BC by its style.',
		words: 'c. 500 BC',
		value: 'BC0500',
		mod: 'APPROX'
	},
	{
		text: 'The temple dates from circa 500 BC by its style.',
		words: 'circa 500 BC',
		value: 'BC0500',
		mod: 'APPROX'
	},
	{
		text: 'He was born ca. 466 BC in Athens.',
		words: 'ca. 466 BC',
		value: 'BC0466',
		mod: 'APPROX'
	},
	{
		text: 'The republic fell apart in the 40s BC after the civil wars.',
		words: 'the 40s BC',
		value: 'BC004'
	},
	{
		text: 'The league grew strong in the 470s BC under Athens.',
		words: 'the 470s BC',
		value: 'BC047'
	},
	{ text: 'The Ionian Revolt (499–493 BC) began the wars.', words: '499', value: 'BC0499' },
	{ text: 'The Ionian Revolt (499–493 BC) began the wars.', words: '493 BC', value: 'BC0493' },
	{
		text: 'The Athenians fought in 490 BC. In 480, Xerxes came back.',
		words: '480',
		value: 'BC0480'
	},
	{
		text: 'The manor was built circa 1850 by a mill owner.',
		words: 'circa 1850',
		value: '1850',
		mod: 'APPROX'
	},
	{ text: 'By 1200 BC the palaces of Mycenae had burned.', words: '1200 BC', value: 'BC1200' }
];

describe('deep time: BC and AD years, centuries and millennia', () => {
	it.each(rows)('"$words" in "$text" is $value', (row) => {
		expectRow({ ...row, published: PUB, type: 'DATE' });
	});

	it('tags the digits of a BC year once, inside the BC date, never as a year of their own', () => {
		const text = 'In 1200 BC the palaces burned; in 44 BC Caesar died; in 331 BC Alexander won.';
		const timexes = tagTimexes(text, { published: PUB });
		expect(timexes.map((t) => [t.text, t.value])).toEqual([
			['1200 BC', 'BC1200'],
			['44 BC', 'BC0044'],
			['331 BC', 'BC0331']
		]);
	});

	/** Texts with a number next to an era-like word, and the number that is no year. */
	const notDates: [string, string, string][] = [
		['an advert', 'The firm paid 300 AD agencies for the campaign in March 2024.', '300'],
		['British Columbia', 'In 2019 BC Hydro raised its rates.', '2019'],
		[
			'a count inside a BC story',
			'Xerxes attacked in 480 BC. In 300 ships the Greeks sailed.',
			'300'
		],
		['a count of people', 'The 300 Spartans held the pass in 480 BC.', '300'],
		['an initial', 'John C. 1999 report was filed.', '1999'],
		['a copyright line', '(c) 2019 The Associated Press', '2019']
	];
	it.each(notDates)('leaves %s alone', (_, text, number) => {
		const timexes = tagTimexes(text, { published: PUB });
		expect(timexes.filter((t) => t.text.includes(number) && t.value !== number)).toEqual([]);
	});
});

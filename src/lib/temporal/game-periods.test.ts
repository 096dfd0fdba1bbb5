import { describe, expect, it } from 'vitest';
import { tagTimexes } from './index';

const rows = [
	// A game's quarters and halves name no dates.
	{
		text: 'The Hawks went on a 14-0 run in the fourth quarter.',
		words: 'fourth quarter',
		value: null
	},
	{
		text: 'Marcus Dell scored 31 points, 19 of them in the second half.',
		words: 'second half',
		value: null
	},
	{
		text: 'Dell broke his wrist in the third quarter of a game against Utah.',
		words: 'third quarter',
		value: null
	},
	{ text: 'Brady threw two touchdowns in the first half.', words: 'first half', value: null },
	// A business sentence's quarter is a fiscal one, whatever else it names.
	{
		text: 'Profit rose 9 percent in the fourth quarter.',
		words: 'fourth quarter',
		value: '2025-Q4'
	},
	{
		text: 'The company led its rivals in sales in the third quarter.',
		words: 'third quarter',
		value: '2025-Q3'
	},
	{
		text: 'The Dow fell 50 points in the first half of the year.',
		words: 'first half',
		value: '2026-H1'
	}
];

describe('quarters of a game are no dates', () => {
	it.each(rows)('"$words" in "$text" is $value', ({ text, words, value }) => {
		const at = text.indexOf(words);
		const found = tagTimexes(text, { published: '2026-04-13' }).find(
			(t) => t.start <= at && t.end > at
		);
		expect(found?.value ?? null).toBe(value);
	});
});

import { describe, expect, it } from 'vitest';
import { titleAt } from './title-at';

describe('a kin who tells of the dead, with an aside after the name, is no later "she" or "he"', () => {
	it.each([
		[
			'Ruth Baxter, who ran the Elm Street bakery for 40 years, died on Friday. She was 81. Her daughter, Susan, 58, said the cause was pneumonia.\n\nShe opened the bakery in 1962.',
			'1962',
			'Ruth Baxter opened bakery'
		],
		// (No sign tells Mira's sex, so no one is named: never the partner.)
		[
			'Mira Sand, a poet, died on Sunday in Oslo. Her partner, Lena Holm, a painter, said the cause was cancer.\n\nShe won the Nordic Prize in 2004 for her third book.',
			'2004',
			'She won Nordic Prize for her third book'
		],
		[
			'Mira Sand, a poet, died on Sunday in Oslo. She was 70. Her partner, Lena Holm, a painter, said the cause was cancer.\n\nShe won the Nordic Prize in 2004 for her third book.',
			'2004',
			'Mira Sand won Nordic Prize for her third book'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

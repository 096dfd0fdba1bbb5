import { describe, expect, it } from 'vitest';
import { DISTANCES, withoutDistances } from './distance-asides';
import { titleAt } from './title-at';
import { MARK } from './words';

describe('a distance set off by commas is never a subject nor a clause (fragments III)', () => {
	it('finds each row’s distance', () => {
		for (const row of DISTANCES)
			expect(withoutDistances(row.example, MARK), row.example).not.toBe(row.example);
	});

	it.each([
		[
			'On 15 August 1984 a release of gas from Lake Monoun, some 100 kilometres to the south, killed 37 people.',
			'15 August 1984',
			'Release of gas from Lake Monoun killed 37 people'
		],
		[
			'In March 2019, a blaze at a paint plant, about 40 miles north of Tulsa, injured six workers.',
			'March 2019',
			'Blaze at paint plant injured six workers'
		]
	])('%s (%s) → %s', (sentence, date, title) => {
		expect(titleAt(sentence, date)).toBe(title);
	});

	it('keeps a distance that is the clause’s own object', () => {
		expect(withoutDistances('The ship drifted 40 miles north of Tulsa.', MARK)).toBe(
			'The ship drifted 40 miles north of Tulsa.'
		);
	});
});

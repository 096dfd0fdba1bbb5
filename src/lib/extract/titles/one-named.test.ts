import { describe, expect, it } from 'vitest';
import { title } from '../testing/title-of';
import { oneNamed } from './one-named';

describe('a subject is never broken or replaced by a part of it told aside (issue 13, point 4)', () => {
	it.each([
		// An aside of examples goes, whatever the subject holds (here a participle of its own).
		[
			'Twelve chip models made by Corvane, including its most advanced processor, were recalled in October after reports of overheating.',
			'in October',
			[],
			'Twelve chip models made by Corvane recalled after reports of overheating'
		],
		// "One" of a set with its name in apposition is that name.
		[
			'Four banks cut their mortgage rates on Monday, and one, Southern Cross Bank, raised its rate on Tuesday.',
			'on Tuesday',
			['on Monday'],
			'Southern Cross Bank raised its rate'
		],
		[
			'Three ministers quit in June; one, Ana Silva, returned in August.',
			'in August',
			['in June'],
			'Ana Silva returned'
		]
	])('%s (%s) → %s', (sentence, date, others, want) => {
		expect(title(sentence, date, others)).toBe(want);
	});

	it('puts the name for "one" only where the name stands in apposition', () => {
		expect(oneNamed('and one, Southern Cross Bank, raised')).toBe('and Southern Cross Bank raised');
		expect(oneNamed('One of them, Richard Hale, pleaded')).toBe('Richard Hale pleaded');
		expect(oneNamed('and one, he said, was lost')).toBe('and one, he said, was lost');
		expect(oneNamed('No one, Mr. Hale said, was hurt')).toBe('No one, Mr. Hale said, was hurt');
	});
});

describe('an aside of examples after a clause is left to the clause rules', () => {
	it('glues no trailing participle to a clause whose "among them" goes', () => {
		expect(
			title(
				"By March 14 the final toll was 412, among them 30 children, making it the worst mine disaster in the state's history.",
				'By March 14'
			)
		).not.toMatch(/412 making/);
	});
});

import { describe, expect, it } from 'vitest';
import { title } from '../testing/title-of';
import { JOINED_STATES } from './joined-states';

describe('a state joined to a happening by "and" (JOINED_STATES)', () => {
	it('has an example for every row', () => {
		expect(JOINED_STATES.every((row) => row.example.includes('→'))).toBe(true);
	});

	it.each([
		[
			// The happening's date: the state leaves the title.
			'The bridge opened in 1890 and was then the longest iron bridge in Europe.',
			'in 1890',
			[],
			'Bridge opened'
		],
		[
			'The main was laid in 1908 and is one of about 90 miles of cast-iron pipe in the city.',
			'in 1908',
			[],
			'Main was laid'
		],
		[
			// The state's own date: the state, with the happening's subject.
			'A second satellite was approved by the Air Force in 2023 and is meant to launch in late 2028.',
			'late 2028',
			['in 2023'],
			'Second satellite is meant to launch'
		],
		[
			'The zoo was approved for a new tiger habitat in 2024 and is meant to open it in late 2027.',
			'late 2027',
			['in 2024'],
			'Zoo is meant to open it'
		]
	])('%s', (sentence, target, others, expected) => {
		expect(title(sentence, target, others)).toBe(expected);
	});

	it.each([
		// A second happening, told by its participle, is no state.
		['The mill opened in 1921 and was sold in 1968.', 'in 1968', ['in 1921'], 'Mill sold'],
		[
			'The satellite was approved in 2023 and is meant to launch in late 2028.',
			'in 2023',
			['late 2028'],
			'Satellite approved'
		]
	])('leaves the happening of "%s"', (sentence, target, others, expected) => {
		expect(title(sentence, target, others)).toBe(expected);
	});
});

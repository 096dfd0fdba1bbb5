import { describe, expect, it } from 'vitest';
import { title } from '../testing/title-of';

describe('a second verb phrase opened by an adverb of time is a phrase of its own (dev-cuts)', () => {
	it.each([
		['The mill opened in 1931 and once employed 2,000 people.', 'in 1931', [], 'Mill opened'],
		[
			'The company was founded in 1921 and eventually grew to 4,000 workers.',
			'in 1921',
			[],
			'Company founded'
		],
		[
			'Shares fell 4 percent on Monday and then recovered.',
			'on Monday',
			[],
			'Shares fell 4 percent'
		],
		// …and a dated one titles its own date.
		['The bridge opened in 1931 and later closed in 1990.', 'in 1990', ['in 1931'], 'Bridge closed']
	])('%s (%s) → %s', (sentence, date, others, expected) => {
		expect(title(sentence, date, others)).toBe(expected);
	});
});

import { describe, expect, it } from 'vitest';
import { datedTitles as titles } from '../testing/dated-titles';

describe('a date inside a relative clause whose subject is its noun dates that noun’s happening', () => {
	it.each([
		// The noun is an object's, or a preposition's.
		['Police reopened the case of a clerk who vanished in 1987.', '1987 Clerk vanished'],
		[
			'Investigators interviewed a driver who had been stopped for speeding in March.',
			'2026-03 Driver stopped for speeding'
		],
		[
			'The board hired two engineers who later left for a rival in 2024.',
			'2024 Two engineers later left for rival'
		],
		// The noun is the subject: the clause ends at the main clause's verb.
		[
			'A storm that formed over the Gulf on Sunday flooded three towns.',
			'2026-09-13 Storm formed over Gulf'
		],
		// A name with its age, then a description whose relative says what that person did.
		[
			'Okafor, 52, a nurse who moved to the town in 2009, said on Monday that she would run again.',
			'2009 Okafor moved to town'
		]
	])('%s → %s', (text, want) => {
		expect(titles(text)).toContain(want);
	});

	it.each([
		// A relative with another date is no part of the main clause's happening.
		[
			'The county opened a shelter on Monday in a school that had closed in 2015.',
			'2026-09-14 County opened shelter in school'
		],
		// …but one that goes on with a second verb phrase keeps it: each phrase has its date.
		[
			'It was a remarkable turn for a club that finished 11th in 2023 and fired its coach in May of that year.',
			'2023-05 Club fired its coach'
		],
		// A "that" after a verb's object opens what was said, no relative.
		[
			'Officials warned residents that flooding could return in the spring.',
			'2027-SP Officials warned residents that flooding could return'
		]
	])('%s → %s', (text, want) => {
		expect(titles(text)).toContain(want);
	});
});
